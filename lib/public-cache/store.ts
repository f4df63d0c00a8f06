/** A rendered page as the cache keeps it: status 200, its headers (CSP already the cached-page policy), its bytes. */
export type CachedPage = { headers: [string, string][]; body: Buffer };

type Entry = { page: CachedPage; bytes: number; storedAt: number };

/**
 * The pages of one public-content version, least recently used first, within a byte budget. A page rendered at an
 * older version is never returned: when a request brings a newer version, everything is dropped at once (every
 * entry belongs to the old version). Entries also expire after `ttlMs`, for what changes with the clock alone.
 */
export class PageStore {
  private entries = new Map<string, Entry>();
  private version = -1;
  private total = 0;

  constructor(
    readonly maxBytes: number,
    readonly ttlMs: number,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, version: number, now = Date.now()): CachedPage | null {
    this.moveTo(version);
    const entry = this.entries.get(key);
    if (!entry || version !== this.version) return null;
    if (now - entry.storedAt >= this.ttlMs) {
      this.remove(key, entry);
      return null;
    }
    // Map order is insertion order: re-inserting makes the entry the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /** Keeps a page rendered at `version` (read before the render began); one from an older version is dropped. */
  set(key: string, version: number, page: CachedPage, now = Date.now()): void {
    this.moveTo(version);
    if (version !== this.version) return;
    const bytes = page.body.length + key.length + page.headers.reduce((n, [name, value]) => n + name.length + value.length, 0);
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { page, bytes, storedAt: now });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.remove(oldest, entry);
    }
  }

  private moveTo(version: number) {
    if (version <= this.version) return;
    this.entries.clear();
    this.total = 0;
    this.version = version;
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key);
    this.total -= entry.bytes;
  }
}
