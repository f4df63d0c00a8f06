import { requirePage } from "@/lib/auth/session";
import { siteSettings } from "@/lib/site";
import { SiteSettingsForm } from "./SiteSettingsForm";

export const metadata = { title: "网站设置" };

export default async function SiteSettingsPage() {
  await requirePage("settings.manage");
  const values = await siteSettings();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">网站设置</h1>
      <p className="mb-4 text-gray-700">本部署公开网站的名称、备案信息和联系方式，显示在每个公开页面的页头和页脚。</p>
      <SiteSettingsForm values={values} />
    </>
  );
}
