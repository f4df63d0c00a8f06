"use client";

import Link from "next/link";

/** 500: an unexpected error while rendering a page. The details are in the server log, never shown to the reader. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <title>系统出错</title>
      <div role="alert" className="rounded bg-white p-6 shadow-sm">
        <p className="text-5xl font-bold text-brand">500</p>
        <h1 className="mt-2 text-2xl font-bold">系统出错，页面暂时无法显示</h1>
        <p className="mt-3 text-gray-700">
          请稍后重试；问题持续存在的，请联系网站管理员。
          {error.digest && <span className="block text-sm">错误编号：{error.digest}</span>}
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            重试
          </button>
          <Link href="/" className="self-center text-blue-800 underline hover:no-underline">
            返回首页
          </Link>
        </p>
      </div>
    </main>
  );
}
