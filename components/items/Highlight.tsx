import { highlight } from "@/lib/items/search";

/** Text with the search terms marked; React escapes every part, so nothing the visitor typed becomes markup. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return highlight(text, terms).map((segment, i) =>
    segment.hit ? (
      <mark key={i} className="bg-yellow-200 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
