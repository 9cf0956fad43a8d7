/**
 * The originals index. (Placeholder retrieval: exact-title match; the cross-lingual matcher replaces it.)
 */
import type { SyndiqConfig } from '../config/config.js';
import type { Original } from '../model.js';
import type { MatchResult, OriginalsIndex } from './types.js';

export function buildOriginalsIndex(originals: readonly Original[], _config: SyndiqConfig): OriginalsIndex {
  const byId = new Map(originals.map((o) => [o.id, o]));
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    match(article): MatchResult | null {
      const hit = originals.find((o) => o.title === article.title);
      return hit
        ? { original: hit, originalLang: hit.lang ?? 'und', match: { id: hit.id, lang: hit.lang ?? 'und', confidence: 1, method: 'same-language' } }
        : null;
    },
  };
}
