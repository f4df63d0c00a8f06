import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "政府信息" };

export default async function Page() {
  await requirePage("item.edit");
  return <Placeholder title="政府信息">登记、编辑政府信息并提交审核的功能即将上线。</Placeholder>;
}
