import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "工作日历" };

export default async function Page() {
  await requirePage("calendar.manage");
  return <Placeholder title="工作日历">维护法定节假日和调休工作日的功能即将上线。</Placeholder>;
}
