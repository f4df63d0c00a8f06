import Link from "next/link";
import { SkipLink } from "@/components/SkipLink";

export const metadata = { title: "页面不存在" };

const link = "text-blue-800 underline hover:no-underline";

/** 404 for every unknown address and every record the reader may not see (notFound()). */
export default function NotFound() {
  return (
    <>
      <SkipLink />
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16 focus:outline-none">
        <div className="rounded bg-white p-6 shadow-sm">
          <p className="text-5xl font-bold text-brand">404</p>
          <h1 className="mt-2 text-2xl font-bold">您访问的页面不存在</h1>
          <p className="mt-3 text-gray-700">页面可能已被删除、撤回或地址有误。您可以：</p>
          <ul className="mt-2 list-inside list-disc space-y-1">
            <li>
              <Link href="/" className={link}>
                返回首页
              </Link>
            </li>
            <li>
              <Link href="/catalogue" className={link}>
                在政府信息公开目录中检索
              </Link>
            </li>
            <li>
              <Link href="/sitemap" className={link}>
                查看网站地图
              </Link>
            </li>
          </ul>
        </div>
      </main>
    </>
  );
}
