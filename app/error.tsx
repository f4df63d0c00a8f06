"use client";

import Link from "next/link";
import { ErrorNotice } from "./ErrorNotice";

/** 500: an unexpected error while rendering a page. The details are in the server log, never shown to the reader. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <title>系统出错</title>
      <ErrorNotice
        digest={error.digest}
        reset={reset}
        home={
          <Link href="/" className="self-center text-blue-800 underline hover:no-underline">
            返回首页
          </Link>
        }
      >
        <p className="text-5xl font-bold text-brand">500</p>
        <h1 className="mt-2 text-2xl font-bold">系统出错，页面暂时无法显示</h1>
      </ErrorNotice>
    </>
  );
}
