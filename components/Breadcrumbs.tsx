import Link from "next/link";

export type Crumb = { label: string; href?: string };

/** 当前位置：首页 › … › the page itself (last, not a link). */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const crumbs: Crumb[] = [{ label: "首页", href: "/" }, ...trail];
  return (
    <nav aria-label="当前位置" className="no-print mb-3 text-sm text-gray-700">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, i) => (
          <li key={i} className="flex items-center gap-x-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href && i < crumbs.length - 1 ? (
              <Link href={crumb.href} className="text-blue-800 underline hover:no-underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
