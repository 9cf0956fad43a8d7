/**
 * The originals index: finds the known original a republished article came from.
 *
 * Explicit provenance first (a canonical link, a "Source:" line, a URL slug, an id naming an
 * original). Then three routes over the keys in the store; the first whose decision is confident
 * enough wins:
 * - same-language: sampled 3-gram shingles of folded words shared with an original in the article's
 *   script (copies, light rewrites, scraped pages with chrome glued on);
 * - cross-script: keys that survive translation (folded, transliterated word prefixes and numbers)
 *   compared with originals in another writing system, IDF taken within that script;
 * - same-script: originals in another language but the same script (en→de, uk→pl), compared on
 *   names and numbers only, because related languages share common words that prove nothing.
 *
 * Candidates come from the postings of the query's rarest keys, within a fixed budget of postings
 * per route, so a query costs about the same in an archive of ten thousand originals as in one of a
 * million: the keys left out are the common ones, which weigh little. The best candidates are then
 * scored exactly on their stored keys. A match is accepted only when the best candidate is clearly
 * ahead of the runner-up and similar enough in absolute terms (`confidenceOf`); otherwise the
 * article is an orphan (null).
 */
import type { SyndiqConfig } from '../config/config.js';
import type { LanguageAnalysis } from '../lang/types.js';
import type { Article, Original } from '../model.js';
import { articleKeys, dayOf, indexOriginal } from './indexing.js';
import { isGlossKey } from './gloss.js';
import { isSkeletonKey } from './keys.js';
import { matchFeatures, probabilityOf } from './confidence.js';
import { articleProvenance } from './provenance.js';
import { topScored } from './top.js';
import { SqliteOriginalsStore } from './store/sqlite.js';
import type { OriginalsStore, StoredDoc } from './store/types.js';
import type { MatchResult, OriginalsIndex } from './types.js';

export type Route = 'same-language' | 'cross-script' | 'same-script';

export interface Candidate {
  doc: number;
  id: string;
  lang: string;
  /** IDF-weighted overlap of key sets (0-1, see QUERY_SHARE): comparable across candidates of a route. */
  similarity: number;
  /** The same over names and numbers only (0 for the same-language route). */
  nameSimilarity: number;
  /** Same-language shingle containment (0-1), for originals in the article's script. */
  containment: number;
  route: Route;
  /** Query keys this original holds, with their IDF weight (empty for the same-language route). */
  shared: ReadonlyMap<string, number>;
  /** IDF mass of the query's keys in this route (0 for the same-language route). */
  queryMass: number;
}

/** A candidate's keys of one kind, each with its IDF weight, and the weights' sum. */
interface WeightedKeys {
  keys: readonly string[];
  weights: Float64Array;
  mass: number;
}

/**
 * Similarity is shared key mass over a weighted geometric mean of both sides' mass, leaning on the
 * original's side: a short republished text (a chat message) is not penalised for being short, a
 * long one for carrying extra material (chrome, related posts). 0.5 would be the cosine.
 */
const QUERY_SHARE = 0.25;
/** Candidates per route and script scored exactly on their stored keys. */
const EXACT_K = 24;
/**
 * Postings read per route and script, rarest keys first. Keys past the budget are common (an
 * archive-wide word or a boilerplate shingle) and carry little weight; they still count in the exact
 * score of the candidates found by the rarer ones.
 */
const POSTINGS_BUDGET = 60_000;
/** A republication is not published more than this many days before its original (clock skew, time zones). */
const DATE_SLACK_DAYS = 1;
/** Memoised key frequencies: cleared when originals are added, capped to bound memory. */
const DF_CACHE_MAX = 500_000;
const NO_KEYS: ReadonlyMap<string, number> = new Map();
/** Candidate originals whose stored keys are kept between queries. */
const STORED_CACHE_MAX = 500;

export class KeyOriginalsIndex implements OriginalsIndex {
  readonly store: OriginalsStore;
  readonly #config: SyndiqConfig;
  /** Document frequency per script and key (a map per script: no key string built per lookup). */
  readonly #df = new Map<string, Map<string, number>>();
  #dfSize = 0;
  readonly #stored = new Map<number, StoredDoc>();
  /** Weighted keys of the stored candidates above, per kind; they go when the stored keys go. */
  readonly #weighted = new WeakMap<StoredDoc, Map<string, WeightedKeys>>();
  #scratch = new Float64Array(0);

  constructor(originals: readonly Original[] | OriginalsStore, config: SyndiqConfig) {
    this.#config = config;
    if (Array.isArray(originals)) {
      this.store = new SqliteOriginalsStore(':memory:');
      this.add(originals as readonly Original[]);
    } else {
      this.store = originals as OriginalsStore;
    }
  }

  get size(): number {
    return this.store.size;
  }

  /** Index more originals (ids already present are skipped). Returns how many were added. */
  add(originals: readonly Original[]): number {
    const seen = new Set<string>();
    const fresh = originals.filter((o) => {
      if (seen.has(o.id) || this.store.has(o.id)) return false;
      seen.add(o.id);
      return true;
    });
    this.store.add(fresh.map((o) => indexOriginal(o, this.#config.languages)));
    this.#df.clear();
    this.#dfSize = 0;
    this.#stored.clear();
    return fresh.length;
  }

  get(id: string): Original | undefined {
    const doc = this.store.docOf(id);
    return doc === undefined ? undefined : this.store.original(doc);
  }

  close(): void {
    this.store.close();
  }

  /**
   * Stored keys of candidate originals, kept for the next queries: the same originals are candidates
   * of many articles, and reading and splitting their keys again cost more than scoring them.
   */
  #docs(docs: readonly number[]): StoredDoc[] {
    const missing = docs.filter((d) => !this.#stored.has(d));
    if (missing.length) {
      if (this.#stored.size + missing.length > STORED_CACHE_MAX) this.#stored.clear();
      for (const s of this.store.docs(missing)) this.#stored.set(s.doc, s);
    }
    return docs.flatMap((d) => this.#stored.get(d) ?? []);
  }

  /**
   * Candidates' keys of one kind (`variant`: route, script, key filter) with their IDF weights within
   * `script` and the weights' sum, kept with the stored keys: the same originals are scored for many
   * articles, and weighting thousands of keys again cost more than the rest of the score.
   */
  #weightedKeys(
    stored: readonly StoredDoc[],
    variant: string,
    script: string,
    n: number,
    keysOf: (s: StoredDoc) => readonly string[],
  ): WeightedKeys[] {
    const missing = stored.filter((s) => !this.#weighted.get(s)?.has(variant));
    if (missing.length) {
      const lists = missing.map(keysOf);
      const df = this.#frequencies(script, [...new Set(lists.flat())]);
      missing.forEach((s, i) => {
        const keys = lists[i]!;
        const weights = new Float64Array(keys.length);
        let mass = 0;
        keys.forEach((k, j) => {
          const f = df.get(k) ?? 0;
          weights[j] = Math.log(1 + (n - f + 0.5) / (f + 0.5));
          mass += weights[j]!;
        });
        let byVariant = this.#weighted.get(s);
        if (!byVariant) this.#weighted.set(s, (byVariant = new Map()));
        byVariant.set(variant, { keys, weights, mass });
      });
    }
    return stored.map((s) => this.#weighted.get(s)!.get(variant)!);
  }

  #frequencies(script: string, keys: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const missing: string[] = [];
    let cached = this.#df.get(script);
    for (const k of keys) {
      const hit = cached?.get(k);
      if (hit === undefined) missing.push(k);
      else if (hit > 0) out.set(k, hit);
    }
    if (missing.length) {
      if (this.#dfSize + missing.length > DF_CACHE_MAX) {
        this.#df.clear();
        this.#dfSize = 0;
        cached = undefined;
      }
      if (!cached) this.#df.set(script, (cached = new Map()));
      const found = this.store.documentFrequencies(script, missing);
      for (const k of missing) {
        const df = found.get(k) ?? 0;
        if (!cached.has(k)) this.#dfSize++;
        cached.set(k, df);
        if (df > 0) out.set(k, df);
      }
    }
    return out;
  }

  /**
   * Postings of the rarest keys within the budget, accumulated as `weight(key)` per document. Every
   * document of the postings is kept: the caller filters the few it ranks, not every posting.
   */
  #accumulate(
    script: string,
    keys: readonly string[],
    df: Map<string, number>,
    weight: (key: string) => number,
  ): { docs: number[]; scores: Float64Array; /** Query keys read or absent from the store. */ used: number } {
    if (this.#scratch.length < this.store.size) this.#scratch = new Float64Array(this.store.size * 2);
    const scores = this.#scratch;
    const docs: number[] = [];
    const ordered = keys.filter((k) => df.has(k)).sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1));
    let budget = POSTINGS_BUDGET;
    // keys no original has count as read: they are part of what the query shares with nothing
    let used = keys.length - ordered.length;
    for (const k of ordered) {
      const n = df.get(k)!;
      if (n > budget) break;
      budget -= n;
      used++;
      const w = weight(k);
      const list = this.store.postings(script, k);
      for (let i = 0; i < list.length; i++) {
        const doc = list[i]!;
        if (scores[doc] === 0) docs.push(doc);
        scores[doc]! += w;
      }
    }
    return { docs, scores, used };
  }

  #reset(docs: readonly number[]): void {
    for (const d of docs) this.#scratch[d] = 0;
  }

  /** Every candidate worth considering, best first within each route (exported for benchmarks). */
  rank(article: Pick<Article, 'title' | 'body' | 'published'>, lang: string): Candidate[] {
    const q = articleKeys(article, lang);
    const articleDay = dayOf(article.published);
    const columns = this.store.columns;
    // the date prior: an original published after the republication cannot be its source
    const inTime = (doc: number): boolean => {
      if (articleDay === null) return true;
      const d = columns.publishedDay(doc);
      return d === null || d <= articleDay + DATE_SLACK_DAYS;
    };
    const out: Candidate[] = [];
    if (this.store.size === 0) return out;

    // same language: shingle containment. Any original in the same script may take part: runs of
    // three identical words only occur in the same language, and a misidentified language (a
    // Ukrainian copy read as Russian) must not hide a copy.
    const shingles = [...q.shingles];
    const shDf = this.#frequencies(q.script, shingles);
    const sh = this.#accumulate(q.script, shingles, shDf, () => 1);
    const shList = topScored(
      sh.docs,
      // one more than the sample in the denominator: a chance phrase shared by two short samples is not a copy
      (doc) => sh.scores[doc]! / (Math.min(sh.used, columns.shingleCount(doc)) + 1),
      EXACT_K,
      inTime,
    );
    this.#reset(sh.docs);
    for (const s of this.#docs(shList.map((c) => c.doc))) {
      const containment = Math.min(1, shList.find((c) => c.doc === s.doc)!.score);
      out.push({
        doc: s.doc,
        id: s.id,
        lang: s.lang,
        similarity: 0,
        nameSimilarity: 0,
        containment,
        route: 'same-language',
        shared: NO_KEYS,
        queryMass: 0,
      });
    }

    // other languages: translation-surviving keys, IDF within the original's script. Across scripts
    // every key counts; within one script only names and numbers do (related languages share common
    // words that are no evidence of translation).
    for (const route of ['cross-script', 'same-script'] as const) {
      const scripts =
        route === 'cross-script' ? this.store.scripts().filter((s) => s !== q.script) : [q.script];
      for (const script of scripts) {
        // consonant skeletons compare Arabic with another script, nothing else
        const skeletons = route === 'cross-script' && (script === 'Arabic' || q.script === 'Arabic');
        const usable = (k: string): boolean => skeletons || !isSkeletonKey(k);
        // within one script: names, numbers and glosses (English concepts), never shared spellings
        const sameScriptKeys = (keys: Iterable<string>, names: Iterable<string>): string[] => [
          ...names,
          ...[...keys].filter(isGlossKey),
        ];
        const querySet = new Set(
          (route === 'cross-script' ? [...q.keys] : sameScriptKeys(q.keys, q.names)).filter(usable),
        );
        const query = [...querySet];
        if (query.length === 0) continue;
        const n = this.store.scriptSize(script);
        if (n === 0) continue;
        const df = this.#frequencies(script, query);
        const idf = (k: string): number => {
          const f = df.get(k) ?? this.#df.get(script)?.get(k) ?? 0;
          return Math.log(1 + (n - f + 0.5) / (f + 0.5));
        };
        const acc = this.#accumulate(script, query, df, idf);
        // pre-rank by shared mass over the original's length, then score the best exactly
        const pre = topScored(
          acc.docs,
          (doc) => acc.scores[doc]! / Math.max(1, columns.keyCount(doc)) ** (1 - QUERY_SHARE),
          EXACT_K,
          (doc) => columns.lang(doc) !== lang && inTime(doc),
        );
        this.#reset(acc.docs);
        if (pre.length === 0) continue;
        let queryMass = 0;
        for (const k of query) queryMass += idf(k);
        const stored = this.#docs(pre.map((p) => p.doc));
        const variant = `${route} ${script} ${skeletons}`;
        const docKeys = this.#weightedKeys(stored, `${variant} keys`, script, n, (s) =>
          (route === 'cross-script' ? s.keys : sameScriptKeys(s.keys, s.names)).filter(usable),
        );
        // a document's names are among its keys, so they are weighted by the same frequencies
        const docNames = this.#weightedKeys(stored, `${variant} names`, script, n, (s) =>
          s.names.filter(usable),
        );
        const queryNames = new Set([...q.names].filter(usable));
        let queryNameMass = 0;
        for (const k of queryNames) queryNameMass += idf(k);
        const weighted = (
          query: ReadonlySet<string>,
          qMass: number,
          doc: WeightedKeys,
          shared?: Map<string, number>,
        ): number => {
          let common = 0;
          for (let i = 0; i < doc.keys.length; i++) {
            const k = doc.keys[i]!;
            if (!query.has(k)) continue;
            const w = doc.weights[i]!;
            common += w;
            shared?.set(k, w);
          }
          return qMass > 0 && doc.mass > 0
            ? common / (qMass ** QUERY_SHARE * doc.mass ** (1 - QUERY_SHARE))
            : 0;
        };
        stored.forEach((s, i) => {
          const shared = new Map<string, number>();
          const similarity = weighted(querySet, queryMass, docKeys[i]!, shared);
          const nameSimilarity = weighted(queryNames, queryNameMass, docNames[i]!);
          out.push({
            doc: s.doc,
            id: s.id,
            lang: s.lang,
            similarity,
            nameSimilarity,
            containment: 0,
            route,
            shared,
            queryMass,
          });
        });
      }
    }
    return out;
  }

  /** The original an article names explicitly (canonical URL, source line, slug, id), if exactly one. */
  #provenance(article: Article): { doc: number; kind: string } | null {
    for (const claim of articleProvenance(article)) {
      const docs = this.store.provenance(claim.key);
      if (docs.length === 1) return { doc: docs[0]!, kind: claim.kind };
    }
    return null;
  }

  match(article: Article, language: LanguageAnalysis): MatchResult | null {
    const lang = language.article.lang;
    const named = this.#provenance(article);
    if (named) {
      const original = this.store.original(named.doc)!;
      const facts = this.store.facts(named.doc)!;
      return {
        original,
        originalLang: facts.lang,
        match: {
          id: original.id,
          lang: facts.lang,
          confidence: PROVENANCE_CONFIDENCE,
          method: `provenance-${named.kind}`,
        },
      };
    }
    const ranked = this.rank(article, lang);
    const decision = decide(ranked, this.#config.match.minConfidence);
    if (!decision || decision.confidence < this.#config.match.minConfidence) return null;
    const original = this.store.original(decision.candidate.doc)!;
    return {
      original,
      originalLang: decision.candidate.lang,
      match: {
        id: original.id,
        lang: decision.candidate.lang,
        confidence: Math.round(decision.confidence * 1000) / 1000,
        method: decision.candidate.route === 'same-language' ? 'same-language' : 'cross-lingual',
      },
    };
  }
}

/** An original named by the republication itself: as sure as a link can make it. */
const PROVENANCE_CONFIDENCE = 0.99;

export interface Decision {
  candidate: Candidate;
  confidence: number;
}

/**
 * Similarity (IDF-weighted key cosine) below `floor` is what unrelated documents reach; at `full`
 * and above the absolute evidence is complete. Cross-script values were chosen on the calibration
 * half of the pooled news benchmarks (`npm run bench:match`: originals split in two by id, the other
 * half's documents as orphans), as the setting with the highest coverage whose orphan rejection
 * stayed >= 0.995: with gloss keys, stories on the same subject (two product pages, two reports of
 * one event) reach 0.15, most translations 0.1-0.4. Name-only similarity within one script reaches
 * 0.1 between related languages (uk/ru) on the same broad topic.
 */
const EVIDENCE: Record<Route, { floor: number; full: number }> = {
  'same-language': { floor: 0.1, full: 0.35 },
  'cross-script': { floor: 0.03, full: 0.25 },
  'same-script': { floor: 0.1, full: 0.3 },
};
/** A relative lead of this much over the runner-up counts as a clear winner. */
const CLEAR_MARGIN = 0.5;
/**
 * The evidence-times-lead score was calibrated to accept at 0.35; scaled so that point is the even
 * chance (0.5) at which the default threshold accepts the cross-script model's probability.
 */
const SCORE_SCALE = 0.5 / 0.35;

/** Confidence on the same-language and same-script routes: absolute evidence times the lead over the runner-up. */
export function confidenceOf(route: Route, best: number, runnerUp: number): number {
  const { floor, full } = EVIDENCE[route];
  const evidence = Math.min(1, Math.max(0, (best - floor) / (full - floor)));
  const margin = best > 0 ? (best - runnerUp) / best : 0;
  return Math.min(1, evidence * Math.min(1, margin / CLEAR_MARGIN) * SCORE_SCALE);
}

function decideRoute(ranked: readonly Candidate[], route: Route): Decision | null {
  const score = (c: Candidate): number => (route === 'same-language' ? c.containment : c.similarity);
  const list = ranked.filter((c) => c.route === route).sort((a, b) => score(b) - score(a) || a.doc - b.doc);
  const top = list[0];
  if (!top) return null;
  // across scripts the confidence is the calibrated probability that the best is the original
  const confidence =
    route === 'cross-script'
      ? probabilityOf(matchFeatures(top, list[1]))
      : confidenceOf(route, score(top), list[1] ? score(list[1]) : 0);
  return { candidate: top, confidence };
}

/**
 * Pick the original and say how sure that is (0-1). Routes in order: a near-duplicate in the same
 * language; an original in another script (transliterated names and cognates are strong evidence);
 * then a same-script original in another language. The first route whose decision reaches `accept`
 * wins; otherwise the most confident one is returned (and rejected by the caller's threshold).
 */
export function decide(ranked: readonly Candidate[], accept: number): Decision | null {
  let fallback: Decision | null = null;
  for (const route of ['same-language', 'cross-script', 'same-script'] as const) {
    const d = decideRoute(ranked, route);
    if (!d) continue;
    if (d.confidence >= accept) return d;
    if (!fallback || d.confidence > fallback.confidence) fallback = d;
  }
  return fallback;
}

/** An index over originals held in memory (a temporary SQLite database), built on the fly. */
export function buildOriginalsIndex(originals: readonly Original[], config: SyndiqConfig): KeyOriginalsIndex {
  return new KeyOriginalsIndex(originals, config);
}

/** An index over a store opened elsewhere (a persistent index file). */
export function openOriginalsIndex(store: OriginalsStore, config: SyndiqConfig): KeyOriginalsIndex {
  return new KeyOriginalsIndex(store, config);
}
