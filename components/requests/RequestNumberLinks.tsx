import Link from "next/link";

/** Requests by their 申请编号, separated by 、, each linked to its page in the back office. */
export function RequestNumberLinks({ requests }: { requests: { id: string; number: string }[] }) {
  return requests.map((r, i) => (
    <span key={r.id}>
      {i > 0 && "、"}
      <Link href={`/admin/requests/${r.id}`} className="text-blue-800 underline">
        {r.number}
      </Link>
    </span>
  ));
}
