import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { cachedPageSecurityPolicy, nonceOf } from "@/lib/security/csp";
import { nonceScriptHashes } from "./inline-scripts";
import { publicCacheKey } from "./policy";
import type { CachedPage, PageStore } from "./store";

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

// Browsers keep nothing without asking again: the cache is on the server, where a publish empties it.
const BROWSER_CACHE = "no-cache";
// Headers of one render that must not be replayed to other visitors.
const PER_RENDER = new Set(["content-security-policy", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-cache"]);

/**
 * Puts the public-page cache in front of Next's request handler (server.ts). A request the cache may answer
 * (policy.ts) reads the public-content version first; a page rendered at that version is sent straight from memory
 * (X-Cache: hit). Otherwise Next renders it as always — with a fresh nonce — and, when the answer is a 200 without
 * cookies, the page is kept with the cached-page CSP (lib/security/csp.ts) and sent (X-Cache: miss).
 */
export function withPublicCache(next: Handler, store: PageStore, readVersion: () => Promise<number>, log: (message: string) => void): Handler {
  const rendering = new Map<string, Promise<void>>();
  let failing = false;
  return async (request, response) => {
    const key = publicCacheKey(request);
    if (key === null) return next(request, response);
    // Pages are kept and sent uncompressed, whatever this visitor accepts (the reverse proxy compresses).
    delete request.headers["accept-encoding"];
    let version: number;
    try {
      version = await readVersion();
      failing = false;
    } catch (error) {
      if (!failing) log(`public-page cache off: the content version cannot be read (${String(error)})`);
      failing = true;
      return next(request, response);
    }
    // Concurrent misses of one page wait for the first render instead of rendering it again.
    const pending = rendering.get(key);
    if (pending) await pending;
    const page = store.get(key, version);
    if (page) return send(response, page, "hit", request.method === "HEAD");
    if (request.method === "HEAD") return next(request, response);
    const render = renderAndKeep(next, request, response, (rendered) => store.set(key, version, rendered));
    rendering.set(key, render);
    try {
      await render;
    } finally {
      if (rendering.get(key) === render) rendering.delete(key);
    }
  };
}

function send(response: ServerResponse, page: CachedPage, state: "hit" | "miss", headOnly: boolean) {
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader("Content-Length", page.body.length);
  response.setHeader("X-Cache", state);
  response.writeHead(200);
  response.end(headOnly ? undefined : page.body);
}

/** Lets Next render into memory, then keeps the page when it may be shared, and sends it either way. */
async function renderAndKeep(next: Handler, request: IncomingMessage, response: ServerResponse, keep: (page: CachedPage) => void) {
  const captured = await capture(response, () => next(request, response));
  const page = shareable(response, captured);
  if (!page) return captured.replay();
  keep(page);
  send(response, page, "miss", false);
}

type Captured = { body: Buffer; replay(): void };

/**
 * Runs Next's handler with the response's writes held back: headers stay settable (nothing is sent) until the
 * handler has ended the response, so the cache can look at the whole page before the visitor gets it.
 */
function capture(response: ServerResponse, run: () => Promise<void>): Promise<Captured> {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const chunks: Buffer[] = [];
  const restore = () => Object.assign(response, original);
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding) : Buffer.from(chunk as Uint8Array);
  return new Promise<Captured>((resolve, reject) => {
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      response.statusCode = status;
      const headers = rest.find((arg) => typeof arg === "object" && arg !== null) as OutgoingHttpHeaders | string[] | undefined;
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
      return response;
    }) as typeof response.writeHead;
    response.flushHeaders = () => {};
    response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      chunks.push(toBuffer(chunk, encoding));
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done as () => void);
      return true;
    }) as typeof response.write;
    response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
      restore();
      const body = Buffer.concat(chunks);
      resolve({ body, replay: () => response.end(body) });
      const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
      if (done) process.nextTick(done as () => void);
      return response;
    }) as typeof response.end;
    run().catch((error) => {
      restore();
      reject(error);
    });
  });
}

/** The page as every visitor may get it, or null when this answer must not be shared. */
function shareable(response: ServerResponse, captured: Captured): CachedPage | null {
  if (response.statusCode !== 200 || response.hasHeader("set-cookie")) return null;
  const type = String(response.getHeader("content-type") ?? "");
  const nonce = nonceOf(String(response.getHeader("content-security-policy") ?? ""));
  let scriptHashes: string[] = [];
  if (type.startsWith("text/html")) {
    // Without the render's nonce there is no telling Next's scripts from others: such a page is not kept.
    if (!nonce) return null;
    scriptHashes = nonceScriptHashes(captured.body.toString("utf8"), nonce);
  }
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (PER_RENDER.has(name) || value === undefined) continue;
    headers.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  headers.push(["content-security-policy", cachedPageSecurityPolicy(scriptHashes)]);
  if (!response.hasHeader("cache-control") || /no-store|private/.test(String(response.getHeader("cache-control")))) {
    const at = headers.findIndex(([name]) => name === "cache-control");
    if (at !== -1) headers.splice(at, 1);
    headers.push(["cache-control", BROWSER_CACHE]);
  }
  return { headers, body: captured.body };
}
