import { encodeCursor } from "@/lib/items/cursor";
import { hrefWith } from "@/lib/items/filters";
import { listCatalogue } from "@/lib/items/queries";
import type { CatalogueFilter } from "./catalogue";

// Where the benchmark meets the product: the public catalogue page (app/(public)/catalogue) and its search.
// (`npm run bench` runs with --conditions=react-server, so modules marked `import "server-only"` load.)

/** Path of the public catalogue page for a filter (first page, keyset cursor, category + year), in its own query parameters. */
export function appCataloguePath(filter: CatalogueFilter): string {
  return hrefWith("/catalogue", {
    category: filter.category,
    year: filter.year,
    after: filter.after && encodeCursor({ date: filter.after.publishedOn, id: filter.after.id }),
  });
}

/** The catalogue's full-text search for one query, exactly as the catalogue page calls it (first page, with its count). */
export function appSearch(query: string): Promise<unknown> {
  return listCatalogue({ q: query });
}
