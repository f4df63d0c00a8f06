import { Placeholder } from "@/components/Placeholder";
import { requirePage } from "@/lib/auth/session";

export const metadata = { title: "复议诉讼" };

export default async function Page() {
  await requirePage("appeal.edit");
  return <Placeholder title="复议诉讼">登记行政复议、行政诉讼案件的功能即将上线。</Placeholder>;
}
