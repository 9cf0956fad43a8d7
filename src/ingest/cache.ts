/**
 * Persistent HTTP cache for conditional GET: one JSON metadata file and one body file per URL, named by
 * the URL's SHA-256. A nightly run sends If-None-Match / If-Modified-Since and re-uses the stored body on
 * 304, so only what changed is downloaded again. Writes go through a temporary file and a rename, so a
 * crash never leaves a half-written entry that looks valid.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DEFAULT_CACHE_DIR = join('.syndiq-cache', 'http');

export interface CacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  finalUrl: string;
  storedAt: string;
}

export interface CachedResponse {
  entry: CacheEntry;
  body: Buffer;
}

export class HttpCache {
  constructor(readonly dir: string) {}

  private paths(url: string): { meta: string; body: string } {
    const key = createHash('sha256').update(url).digest('hex');
    return { meta: join(this.dir, `${key}.json`), body: join(this.dir, `${key}.body`) };
  }

  /** The stored response for a URL, or null (a missing or unreadable entry is simply a miss). */
  async get(url: string): Promise<CachedResponse | null> {
    const p = this.paths(url);
    try {
      const entry = JSON.parse(await readFile(p.meta, 'utf8')) as CacheEntry;
      if (entry.url !== url) return null;
      return { entry, body: await readFile(p.body) };
    } catch {
      return null;
    }
  }

  /** Store a response that carries a validator (ETag or Last-Modified); others are not worth keeping. */
  async put(entry: CacheEntry, body: Buffer): Promise<void> {
    if (!entry.etag && !entry.lastModified) return;
    const p = this.paths(entry.url);
    await mkdir(this.dir, { recursive: true });
    const suffix = `.${process.pid}.${Date.now()}.tmp`;
    await writeFile(p.body + suffix, body);
    await rename(p.body + suffix, p.body);
    await writeFile(p.meta + suffix, JSON.stringify(entry));
    await rename(p.meta + suffix, p.meta);
  }
}
