import { requirePage } from "@/lib/auth/session";
import { todayInChina } from "@/lib/dates";
import { IntakeForm } from "./IntakeForm";

export const metadata = { title: "登记申请" };

export default async function NewRequestPage() {
  await requirePage("request.handle");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">登记政府信息公开申请</h1>
      <p className="mb-4 text-sm text-gray-700">
        登记当面、邮寄、传真、电子邮件提交的申请；申请人口头提出的，由工作人员代为填写（条例第二十九条）。在线申请由申请人在网站提交，在此确认收到即可。
      </p>
      <IntakeForm today={todayInChina()} />
    </>
  );
}
