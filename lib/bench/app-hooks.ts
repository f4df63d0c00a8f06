import type { CatalogueFilter } from "./catalogue";

// Where the benchmark meets features still being built on other branches. Each hook is null until its
// feature is merged; the benchmark then prints "not yet available" for it rather than any number.
//
// After the catalogue lands (branch items): return the public catalogue page's path for a filter, with
// that page's own query parameters, e.g.
//   (f) => `/catalogue?${new URLSearchParams({ ...(f.categoryId && { category: f.categoryId }), … })}`
// After search lands (lib/items/search.ts): call its search function for one query, e.g.
//   (q) => searchItems({ q, limit: 20 })
// (`npm run bench` runs with --conditions=react-server, so modules marked `import "server-only"` load.)

/** Path of the application's catalogue list for a filter (first page, keyset cursor, category + year). */
export const appCataloguePath: ((filter: CatalogueFilter) => string) | null = null;

/** The application's full-text search for one query, as the catalogue calls it. */
export const appSearch: ((query: string) => Promise<unknown>) | null = null;
