"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { PUBLIC_NAV, type NavEntry } from "@/lib/public-nav";

/** The header's navigation; the section the reader is in is marked (aria-current) and highlighted. */
export function PublicNav() {
  const path = usePathname();
  const within = (href: string) => path === href || path.startsWith(`${href}/`);
  const current = (item: NavEntry) => (item.href === "/" ? path === "/" : [item.href, ...(item.also ?? [])].some(within));
  return (
    <nav aria-label="主导航" className="bg-brand-dark">
      <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
        {PUBLIC_NAV.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item) ? "page" : undefined}
              className="block px-3 py-2 text-base hover:bg-white/15 hover:underline aria-[current=page]:bg-white/20 aria-[current=page]:font-bold"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
