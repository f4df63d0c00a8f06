import { requirePage } from "@/lib/auth/session";
import { todayInChina } from "@/lib/dates";
import { AppealForm } from "../AppealForm";

export const metadata = { title: "登记复议诉讼" };

export default async function NewAppealPage({ searchParams }: { searchParams: Promise<{ request?: string }> }) {
  await requirePage("appeal.edit");
  const requestNumber = (await searchParams).request?.slice(0, 20);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">登记行政复议或行政诉讼</h1>
      <AppealForm requestNumber={requestNumber} today={todayInChina()} />
    </>
  );
}
