"use client";

import "./globals.css";
import { ErrorNotice } from "./ErrorNotice";

/** The last resort when the root layout itself fails: its own <html>, so it must not need the database. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">
        <title>系统出错</title>
        <ErrorNotice
          digest={error.digest}
          reset={reset}
          home={
            // A plain link: a full page load, since the app's own router may be what failed.
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            <a href="/" className="self-center text-blue-800 underline hover:no-underline">
              返回首页
            </a>
          }
        >
          <h1 className="text-2xl font-bold">系统出错，网站暂时无法访问</h1>
        </ErrorNotice>
      </body>
    </html>
  );
}
