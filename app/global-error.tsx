"use client";

import "./globals.css";
import { ErrorNotice } from "./ErrorNotice";

/** The last resort when the root layout itself fails: its own <html>, so it must not need the database. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">
        <ErrorNotice heading="系统出错，网站暂时无法访问" error={error} reset={reset} plainHomeLink />
      </body>
    </html>
  );
}
