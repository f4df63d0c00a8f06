import { atomFeed } from "@/lib/items/feed";
import { listLatestPublished } from "@/lib/items/queries";
import { siteSettings } from "@/lib/site";
import { publicRoute } from "@/lib/route";

export const GET = publicRoute(async (request) => {
  const [items, site] = await Promise.all([listLatestPublished(50), siteSettings()]);
  const xml = atomFeed({
    title: `${site.name} - 最新公开信息`,
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
