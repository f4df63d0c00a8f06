import type { Metadata } from "next";
import { cookies } from "next/headers";
import { siteSettings } from "@/lib/site";
import { viewClasses, viewModeFrom } from "@/lib/view-mode";
import "./globals.css";

// Every page reads live records; nothing is prerendered at build time (the build has no database).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const site = await siteSettings();
  return {
    title: { default: site.name, template: `%s - ${site.name}` },
    description: "政府信息公开：主动公开目录、依申请公开、政府信息公开工作年度报告",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The reader's 适老化 mode is rendered by the server, so a large-text page never flashes small first.
  const jar = await cookies();
  const mode = viewModeFrom((name) => jar.get(name)?.value);
  return (
    <html lang="zh-CN" className={viewClasses(mode) || undefined}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
