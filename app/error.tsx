"use client";

import { ErrorNotice } from "./ErrorNotice";

/** 500: an unexpected error while rendering a page. The details are in the server log, never shown to the reader. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice heading="系统出错，页面暂时无法显示" error={error} reset={reset} showStatus />;
}
