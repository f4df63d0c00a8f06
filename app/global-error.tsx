"use client";

import "./globals.css";

/** The last resort when the root layout itself fails: its own <html>, so it must not need the database. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">
        <title>系统出错</title>
        <main id="main" className="mx-auto max-w-2xl px-4 py-16">
          <div role="alert" className="rounded bg-white p-6 shadow-sm">
            <h1 className="text-2xl font-bold">系统出错，网站暂时无法访问</h1>
            <p className="mt-3 text-gray-700">
              请稍后重试；问题持续存在的，请联系网站管理员。
              {error.digest && <span className="block text-sm">错误编号：{error.digest}</span>}
            </p>
            <p className="mt-4 flex flex-wrap gap-4">
              <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
                重试
              </button>
              {/* A plain link: a full page load, since the app's own router may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/" className="self-center text-blue-800 underline hover:no-underline">
                返回首页
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
