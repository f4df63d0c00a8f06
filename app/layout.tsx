import type { Metadata } from "next";
import "./globals.css";

// Every page reads live records; nothing is prerendered at build time (the build has no database).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "政府信息公开平台", template: "%s - 政府信息公开平台" },
  description: "政府信息公开：主动公开目录、依申请公开、政府信息公开工作年度报告",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
