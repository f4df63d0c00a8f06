import Link from "next/link";

/** A list of links, one an item; `current` marks the link to the page (or filter) being shown. */
export function LinkList({
  links,
  className,
  linkClassName,
}: {
  links: { href: string; label: React.ReactNode; current?: boolean }[];
  className: string;
  linkClassName: string;
}) {
  return (
    <ul className={className}>
      {links.map(({ href, label, current }) => (
        <li key={href}>
          <Link href={href} aria-current={current} className={linkClassName}>
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
