import Link from "next/link";

/** What error.tsx and global-error.tsx both show: the heading, the error's number, a retry button and a way home. */
export function ErrorNotice({
  heading,
  error,
  reset,
  showStatus = false,
  plainHomeLink = false,
}: {
  heading: string;
  error: Error & { digest?: string };
  reset: () => void;
  /** A large "500" above the heading. */
  showStatus?: boolean;
  /** A plain link: a full page load, for when the app's own router may be what failed. */
  plainHomeLink?: boolean;
}) {
  const homeClass = "self-center text-blue-800 underline hover:no-underline";
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <title>系统出错</title>
      <div role="alert" className="rounded bg-white p-6 shadow-sm">
        {showStatus && <p className="text-5xl font-bold text-brand">500</p>}
        <h1 className={`text-2xl font-bold ${showStatus ? "mt-2" : ""}`}>{heading}</h1>
        <p className="mt-3 text-gray-700">
          请稍后重试；问题持续存在的，请联系网站管理员。
          {error.digest && <span className="block text-sm">错误编号：{error.digest}</span>}
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            重试
          </button>
          {plainHomeLink ? (
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            <a href="/" className={homeClass}>
              返回首页
            </a>
          ) : (
            <Link href="/" className={homeClass}>
              返回首页
            </Link>
          )}
        </p>
      </div>
    </main>
  );
}
