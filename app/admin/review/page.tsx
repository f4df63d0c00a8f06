import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "审核发布" };

export default async function Page() {
  await requirePage("item.review");
  return <Placeholder title="审核发布">审核、发布、退回政府信息的功能即将上线。</Placeholder>;
}
