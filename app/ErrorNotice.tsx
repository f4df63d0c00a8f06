/** What error.tsx and global-error.tsx both say: the heading they pass, the error's number and a retry button. */
export function ErrorNotice({
  children,
  digest,
  reset,
  home,
}: {
  children: React.ReactNode;
  digest?: string;
  reset: () => void;
  home: React.ReactNode;
}) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <div role="alert" className="rounded bg-white p-6 shadow-sm">
        {children}
        <p className="mt-3 text-gray-700">
          请稍后重试；问题持续存在的，请联系网站管理员。
          {digest && <span className="block text-sm">错误编号：{digest}</span>}
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
            重试
          </button>
          {home}
        </p>
      </div>
    </main>
  );
}
