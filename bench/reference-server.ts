import http from "node:http";
import Database from "better-sqlite3";
import { HOME_SIZE, listCatalogue, parseCursor, cursorParam, type ListedItem } from "./catalogue";

// The benchmark's yardstick: a bare Node HTTP server that runs the same list query and renders the same
// page (header, navigation, list, footer) as a plain HTML string, with nothing else. The application's
// throughput is reported as a ratio of this one's.

const NAV = [
  ["/", "首页"],
  ["/guide", "政府信息公开指南"],
  ["/catalogue", "政府信息公开目录"],
  ["/apply", "依申请公开"],
  ["/reports", "政府信息公开年报"],
];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function page(siteName: string, title: string, items: ListedItem[], next: string | null): string {
  const list = items
    .map(
      (item) =>
        `<li class="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between"><a href="/items/${item.id}" class="text-blue-800 hover:underline">${escape(item.title)}</a><span class="shrink-0 text-sm text-gray-700">${escape(item.orgName)} · ${item.publishedOn}</span></li>`,
    )
    .join("");
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} - ${escape(siteName)}</title></head><body class="min-h-screen font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only">跳到主要内容</a><header class="bg-brand text-white"><div class="mx-auto max-w-6xl px-4 py-4"><p class="text-2xl font-bold tracking-wide">${escape(siteName)}</p></div><nav aria-label="主导航" class="bg-brand-dark"><ul class="mx-auto flex max-w-6xl flex-wrap px-2">${NAV.map(([href, label]) => `<li><a href="${href}" class="block px-3 py-2 text-base hover:bg-white/15 hover:underline">${label}</a></li>`).join("")}</ul></nav></header><main id="main" class="mx-auto max-w-6xl px-4 py-6"><section class="rounded bg-white p-4 shadow-sm"><h1 class="mb-3 border-b-2 border-brand pb-2 text-xl font-bold">${escape(title)}</h1><ul class="divide-y divide-gray-200">${list}</ul>${next ? `<p><a href="${escape(next)}">下一页</a></p>` : ""}</section></main><footer class="mt-8 border-t border-gray-300 bg-white"><div class="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-gray-700"><p>主办：${escape(siteName)}</p><p><a href="/login" class="underline">工作人员登录</a></p></div></footer></body></html>`;
}

export function startReferenceServer(file: string, port: number): http.Server {
  const sqlite = new Database(file, { readonly: true });
  const siteName = sqlite.prepare(`SELECT "value" FROM "Setting" WHERE "key" = 'site.name'`).pluck();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const name = (siteName.get() as string | undefined) ?? "政府信息公开平台";
    let html: string;
    if (url.pathname === "/") {
      html = page(name, "最新公开信息", listCatalogue(sqlite, {}, HOME_SIZE), null);
    } else if (url.pathname === "/catalogue") {
      const year = Number(url.searchParams.get("year")) || undefined;
      const category = url.searchParams.get("category") ?? undefined;
      const items = listCatalogue(sqlite, { category, year, after: parseCursor(url.searchParams.get("after")) });
      const last = items.at(-1);
      const nextParams = new URLSearchParams(url.searchParams);
      if (last) nextParams.set("after", cursorParam(last));
      const next = last ? `/catalogue?${nextParams}` : null;
      html = page(name, "政府信息公开目录", items, next);
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  return server.listen(port, "127.0.0.1");
}
