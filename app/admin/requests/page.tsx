import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "依申请公开" };

export default async function Page() {
  await requirePage("request.handle");
  return <Placeholder title="依申请公开">登记、办理申请和法定期限计时的功能即将上线。</Placeholder>;
}
