import { NotFoundError } from "@/lib/errors";
import { atomFeed } from "@/lib/items/feed";
import { parseCatalogueQuery } from "@/lib/items/filters";
import { listLatestPublished } from "@/lib/items/queries";
import { publicOrganization } from "@/lib/organizations/directory";
import { siteSettings } from "@/lib/site";
import { publicRoute } from "@/lib/route";

/** The newest published items of the platform, or of one body with ?org=<code>. */
export const GET = publicRoute(async (request) => {
  const org = parseCatalogueQuery(Object.fromEntries(new URL(request.url).searchParams)).org;
  const [items, site, body] = await Promise.all([listLatestPublished(50, org), siteSettings(), org ? publicOrganization(org) : null]);
  if (org && !body) throw new NotFoundError();
  const xml = atomFeed({
    title: `${body?.name ?? site.name} - 最新公开信息`,
    origin: new URL(request.url).origin,
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      publishedOn: item.publishedOn!,
      indexNo: item.indexNo,
      docNo: item.docNo,
      org: item.org.name,
      category: item.category.name,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
});
