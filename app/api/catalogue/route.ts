import { encodeCursor } from "@/lib/items/cursor";
import { hrefWith, parseCatalogueQuery } from "@/lib/items/filters";
import { listCatalogue } from "@/lib/items/queries";
import { publicRoute } from "@/lib/route";

/**
 * Open data: the public catalogue as JSON, with the same filters as /catalogue (org, category, year, genre, q)
 * and keyset pagination (`after`, taken from the `next` link of the previous page).
 */
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const query = parseCatalogueQuery(Object.fromEntries(url.searchParams));
  const page = await listCatalogue(query);
  const next = page.next
    ? url.origin + hrefWith("/api/catalogue", { org: query.org, category: query.category, year: query.year, genre: query.genre, q: query.q, after: encodeCursor(page.next) })
    : null;
  return Response.json(
    {
      total: page.total,
      totalIsLowerBound: page.more,
      next,
      items: page.rows.map((item) => ({
        id: item.id,
        url: `${url.origin}/items/${item.id}`,
        indexNo: item.indexNo,
        title: item.title,
        docNo: item.docNo,
        category: item.category,
        genre: item.genre,
        publisher: item.issuer ?? item.org.name,
        org: item.org.code,
        createdOn: item.createdOn,
        publishedOn: item.publishedOn,
        validity: item.validity,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
});
