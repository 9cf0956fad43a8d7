/** Which configured feed an article or an input error belongs to. */
import { isAbsolute, resolve } from 'node:path';
import type { FeedConfig } from '../config/config.js';

function normalise(source: string): string {
  return /^[a-z]+:\/\//i.test(source) || isAbsolute(source) ? source : resolve(source);
}

export class FeedLookup {
  readonly #bySource = new Map<string, FeedConfig>();

  constructor(feeds: readonly FeedConfig[]) {
    for (const f of feeds) this.#bySource.set(normalise(f.url ?? f.path!), f);
  }

  /** The configured feed read from `source`, if any. */
  feedOf(source: string): FeedConfig | undefined {
    return this.#bySource.get(normalise(source));
  }

  /** The name history, trends and alerts use: the configured feed's name, else the feed or input itself. */
  nameOf(article: { feed: string | null; input: string }): string {
    const source = article.feed ?? article.input;
    return this.feedOf(source)?.name ?? this.feedOf(article.input)?.name ?? source;
  }
}
