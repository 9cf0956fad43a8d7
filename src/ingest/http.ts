/**
 * HTTP fetching for feeds and pages, on Node's own fetch (undici). Per-request timeout and an overall
 * deadline; retries with exponential backoff on timeouts, network errors and 5xx (never on 4xx); at
 * most 5 redirects, loops detected; the body streamed and cut off at a size cap (counted after
 * decompression), never buffered beyond it; a per-host concurrency limit; conditional GET against a
 * persistent cache. Every hop, redirects included, must be http(s) to an address the AddressPolicy
 * allows (public unicast unless `allowNetworks` says otherwise), checked on the address connected to.
 */
import { networkErrorMessage } from './network-error.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Agent, Response } from 'undici';
import { VERSION } from '../version.js';
import { AddressPolicy, AddressRefusedError } from './address-policy.js';
import { type CacheEntry, DEFAULT_CACHE_DIR, HttpCache } from './cache.js';

export interface FetchOptions {
  /** Per-request timeout, ms (default 20 s). */
  timeoutMs?: number;
  /** Overall deadline for every fetch of this fetcher, ms from its creation (default 10 min). */
  deadlineMs?: number;
  /** Retries after the first attempt, on timeouts, network errors and 5xx (default 2). */
  retries?: number;
  /** First backoff delay, ms; doubled on each retry (default 500). */
  backoffMs?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
  /** Response size cap in bytes, after decompression (default 10 MB). */
  maxBytes?: number;
  /** Requests in flight per host (default 4). */
  perHost?: number;
  /** Cache folder for conditional GET; `null` disables the cache (default `.syndiq-cache/http`). */
  cacheDir?: string | null;
  userAgent?: string;
  /**
   * Non-public networks that may be fetched from (IP addresses or CIDR ranges such as `127.0.0.1`,
   * `10.0.0.0/8`, `::1`). By default only public addresses are: loopback, private, link-local and
   * other special-purpose addresses are refused, after redirects and DNS resolution too.
   */
  allowNetworks?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface FetchedResource {
  /** The URL asked for. */
  url: string;
  /** The URL the content came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  /** True when a 304 let the cached body be re-used. */
  fromCache: boolean;
}

/** A fetch that failed for good; `message` says why, `url` what. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

export const USER_AGENT = `syndiq/${VERSION} (+https://www.npmjs.com/package/syndiq)`;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** "10 MB", "1.5 MB", "512 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  const unit = (n: number, name: string): string => `${Number.isInteger(n) ? n : n.toFixed(1)} ${name}`;
  if (bytes >= 1048576) return unit(bytes / 1048576, 'MB');
  if (bytes >= 1024) return unit(bytes / 1024, 'KB');
  return `${bytes} bytes`;
}

/** A counting semaphore per host. */
class HostLimiter {
  private active = new Map<string, number>();
  private waiting = new Map<string, (() => void)[]>();
  constructor(private readonly limit: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        const q = this.waiting.get(host) ?? [];
        q.push(resolve);
        this.waiting.set(host, q);
      });
    } else this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      const next = this.waiting.get(host)?.shift();
      if (next)
        next(); // the slot passes straight to the next waiter
      else this.active.set(host, (this.active.get(host) ?? 1) - 1);
    }
  }
}

export class Fetcher {
  readonly options: Required<Omit<FetchOptions, 'cacheDir'>> & { cacheDir: string | null };
  private readonly cache: HttpCache | null;
  private readonly limiter: HostLimiter;
  private readonly deadline: AbortSignal;
  private readonly policy: AddressPolicy;
  /**
   * Connections go through the policy's resolver, so every address connected to is checked. The HTTP
   * client is loaded on the first request: most runs read only local files and never need it.
   */
  private client: Promise<{ agent: Agent; fetch: typeof import('undici').fetch }> | null = null;

  constructor(options: FetchOptions = {}) {
    this.options = {
      timeoutMs: options.timeoutMs ?? 20_000,
      deadlineMs: options.deadlineMs ?? 600_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      maxRedirects: options.maxRedirects ?? 5,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      perHost: options.perHost ?? 4,
      cacheDir: options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir,
      userAgent: options.userAgent ?? USER_AGENT,
      allowNetworks: [...(options.allowNetworks ?? [])],
    };
    this.policy = new AddressPolicy(this.options.allowNetworks);
    this.cache = this.options.cacheDir === null ? null : new HttpCache(this.options.cacheDir);
    this.limiter = new HostLimiter(this.options.perHost);
    this.deadline = AbortSignal.timeout(this.options.deadlineMs);
  }

  /** GET a URL, following redirects; throws FetchError with the reason. */
  async fetch(url: string): Promise<FetchedResource> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const res = await this.fetchWithRetries(current);
      if (res.kind === 'redirect') {
        if (hop >= this.options.maxRedirects)
          throw new FetchError(url, `too many redirects (more than ${this.options.maxRedirects})`);
        if (seen.has(res.location)) throw new FetchError(url, `redirect loop at ${res.location}`);
        if (!/^https?:/i.test(res.location))
          throw new FetchError(url, `refused: redirect to ${res.location}; only http(s) is followed`);
        current = res.location;
        continue;
      }
      return { ...res.resource, url };
    }
  }

  private async fetchWithRetries(url: string): Promise<Attempt> {
    const { retries, backoffMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url);
      } catch (e) {
        const err = e instanceof FetchError ? e : new FetchError(url, String(e));
        if (!err.retryable || attempt >= retries || this.deadline.aborted) {
          throw attempt > 0 ? new FetchError(url, `${err.message} (after ${attempt + 1} attempts)`) : err;
        }
        await sleep(backoffMs * 2 ** attempt);
      }
    }
  }

  private attempt(url: string): Promise<Attempt> {
    let u: URL;
    try {
      u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('unsupported protocol');
    } catch {
      return Promise.reject(new FetchError(url, 'not a valid http(s) URL'));
    }
    try {
      this.policy.checkLiteralHost(u.hostname);
    } catch (e) {
      return Promise.reject(new FetchError(url, refusedMessage(url, e as Error)));
    }
    return this.limiter.run(u.host, () => this.request(url));
  }

  private async request(url: string): Promise<Attempt> {
    const { timeoutMs, maxBytes } = this.options;
    if (this.deadline.aborted)
      throw new FetchError(url, `overall deadline of ${this.options.deadlineMs / 1000} s passed`);
    const cached = this.cache ? await this.cache.get(url) : null;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*' };
    if (cached?.entry.etag) headers['if-none-match'] = cached.entry.etag;
    if (cached?.entry.lastModified) headers['if-modified-since'] = cached.entry.lastModified;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([timeout, this.deadline]);
    const why = (e: unknown): FetchError => {
      if (timeout.aborted) return new FetchError(url, `timed out after ${timeoutMs / 1000} s`, true);
      if (this.deadline.aborted)
        return new FetchError(url, `overall deadline of ${this.options.deadlineMs / 1000} s passed`);
      const cause = (e as { cause?: unknown }).cause;
      if (cause instanceof AddressRefusedError) return new FetchError(url, refusedMessage(url, cause));
      return new FetchError(url, `network error: ${networkErrorMessage(e)}`, true);
    };
    let res: Response;
    try {
      const { agent, fetch } = await (this.client ??= import('undici').then(({ Agent, fetch }) => ({
        agent: new Agent({ connect: { lookup: this.policy.lookup } }),
        fetch,
      })));
      res = await fetch(url, { headers, redirect: 'manual', signal, dispatcher: agent });
    } catch (e) {
      throw why(e);
    }
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) throw new FetchError(url, `HTTP ${res.status} redirect without a Location header`);
      return { kind: 'redirect', location: new URL(location, url).href };
    }
    if (res.status === 304 && cached) {
      await res.body?.cancel();
      const { entry, body } = cached;
      return {
        kind: 'resource',
        resource: {
          url,
          finalUrl: entry.finalUrl,
          status: 200,
          contentType: entry.contentType ?? null,
          body,
          fromCache: true,
        },
      };
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      throw new FetchError(
        url,
        `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        res.status >= 500,
      );
    }
    const declared = Number(res.headers.get('content-length'));
    if (!res.headers.get('content-encoding') && declared > maxBytes) {
      await res.body?.cancel();
      throw new FetchError(
        url,
        `response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} size cap`,
      );
    }
    let body: Buffer;
    try {
      body = await readCapped(res, maxBytes, url);
    } catch (e) {
      throw e instanceof FetchError ? e : why(e);
    }
    const contentType = res.headers.get('content-type');
    const entry: CacheEntry = { url, finalUrl: url, storedAt: new Date().toISOString() };
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    if (contentType) entry.contentType = contentType;
    if (this.cache) await this.cache.put(entry, body).catch(() => undefined); // a cache that cannot be written is only slower
    return {
      kind: 'resource',
      resource: { url, finalUrl: url, status: res.status, contentType, body, fromCache: false },
    };
  }
}

/** "refused: 10.0.0.5 is a private address…", naming the URL of the hop when it was a redirect. */
function refusedMessage(url: string, e: Error): string {
  return `refused: ${e.message} (${url})`;
}

type Attempt = { kind: 'redirect'; location: string } | { kind: 'resource'; resource: FetchedResource };

/** Read a response body, giving up (and closing the stream) as soon as it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(url, `response is over the ${formatBytes(maxBytes)} size cap; cut off`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
