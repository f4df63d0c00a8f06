/** The Atom feed (RFC 4287) of newly published items. */

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

export type FeedItem = { id: string; title: string; publishedOn: string; indexNo: string; docNo: string | null; org: string; category: string };

/** Legal dates have no time; in the feed they stand for midnight China time. */
const instant = (date: string) => `${date}T00:00:00+08:00`;

export function atomFeed(feed: { title: string; origin: string; items: FeedItem[] }): string {
  const { origin } = feed;
  const updated = feed.items[0]?.publishedOn ?? "2000-01-01";
  const entries = feed.items.map((item) => {
    const url = `${origin}/items/${item.id}`;
    const summary = [`索引号：${item.indexNo}`, item.docNo && `文号：${item.docNo}`, `发布机构：${item.org}`, `主题分类：${item.category}`]
      .filter(Boolean)
      .join("　");
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" href="${escapeXml(url)}"/>
    <published>${instant(item.publishedOn)}</published>
    <updated>${instant(item.publishedOn)}</updated>
    <author><name>${escapeXml(item.org)}</name></author>
    <category term="${escapeXml(item.category)}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(`${origin}/catalogue`)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(`${origin}/feed.xml`)}"/>
  <link rel="alternate" href="${escapeXml(`${origin}/catalogue`)}"/>
  <updated>${instant(updated)}</updated>
${entries.join("\n")}
</feed>
`;
}
