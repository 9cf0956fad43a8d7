/**
 * Matching benchmark: pools the wmt22 and ntrex originals, matches every republished document, and
 * matches the labelled dev corpus (orphans included). Run: npm run bench:match
 * At archive scale (synthetic archives, persistent index): npm run bench:match -- --archive 10000,100000
 * Refit the cross-script confidence model on the calibration half: npm run bench:match -- --fit
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { identifyArticle } from '../src/lang/identify.js';
import type { LanguageAnalysis } from '../src/lang/types.js';
import { KeyOriginalsIndex, decide } from '../src/match/index.js';
import type { Article, Issue } from '../src/model.js';
import { buildRuleContext } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { runRules } from '../src/rules/engine.js';
import { FIDELITY_RULES as ALL_FIDELITY_RULES } from '../src/rules/fidelity/index.js';
import { CROSS_SCRIPT_MODEL, FEATURE_NAMES, matchFeatures } from '../src/match/confidence.js';
import { fitLogistic } from './match-fit.js';
import { runScale } from './match-scale.js';
import { readJsonl } from './shared-data.js';

/** The alignment-based fidelity rules this bench measures. */
const FIDELITY_RULES = ALL_FIDELITY_RULES.filter((r) =>
  ['fidelity/number-mismatch', 'fidelity/omission', 'fidelity/addition'].includes(r.meta.id),
);

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const BENCH = join(SHARED, 'benchmarks');
const DEV = join(SHARED, 'devset');
const verbose = process.argv.includes('--verbose');
/** Fit the cross-script confidence model on the calibration half and print it next to the one in use. */
const fit = process.argv.includes('--fit');

function asArticle(r: Omit<Article, 'input'>, input: string): Article {
  return { ...r, input };
}

interface Truth {
  id: string;
  original: string | null;
}

interface Label extends Truth {
  article: 'ok' | 'garbled';
  issues: { field: string; text: string; category: string; in?: string }[];
}

interface Query {
  article: Article;
  truth: string | null;
  set: string;
  language?: LanguageAnalysis;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

function main(): void {
  if (!existsSync(join(BENCH, 'wmt22')) || !existsSync(join(BENCH, 'ntrex'))) {
    console.log('bench:match skipped: benchmark data (wmt22, ntrex) not found next to the project');
    return;
  }
  const config = DEFAULT_CONFIG;
  const originals = [
    ...readJsonl<Omit<Article, 'input'>>(join(BENCH, 'wmt22/originals.jsonl')).map((r) =>
      asArticle(r, 'wmt22'),
    ),
    ...readJsonl<Omit<Article, 'input'>>(join(BENCH, 'ntrex/originals.jsonl')).map((r) =>
      asArticle(r, 'ntrex'),
    ),
  ];
  const domain = new Map<string, string>();
  for (const line of readFileSync(join(BENCH, 'wmt22/docs.tsv'), 'utf8').split('\n').slice(1)) {
    const [id, , dom] = line.split('\t');
    if (id) domain.set(id, dom || (id.startsWith('test_uk') ? 'uk-unlabelled' : 'none'));
  }
  const queries: Query[] = [];
  for (const folder of ['wmt22', 'ntrex']) {
    const truth = new Map(
      readJsonl<Truth>(join(BENCH, folder, 'truth.jsonl')).map((t) => [t.id, t.original]),
    );
    const dir = join(BENCH, folder, 'republished');
    for (const f of listJsonl(dir)) {
      for (const r of readJsonl<Omit<Article, 'input'>>(join(dir, f))) {
        const t = truth.get(r.id) ?? null;
        const set = folder === 'ntrex' ? 'ntrex' : `wmt22/${domain.get(t ?? '') ?? 'none'}`;
        queries.push({ article: asArticle(r, f), truth: t, set });
      }
    }
  }

  let t0 = performance.now();
  const index = new KeyOriginalsIndex(originals, config);
  const buildMs = performance.now() - t0;

  for (const q of queries) q.language = identifyArticle(q.article, config.languages);
  t0 = performance.now();
  const results = queries.map((q) => index.match(q.article, q.language!));
  const matchMs = performance.now() - t0;

  const stats = new Map<string, { n: number; top: number; answered: number; correct: number }>();
  const bump = (key: string, top: boolean, answered: boolean, correct: boolean): void => {
    const s = stats.get(key) ?? { n: 0, top: 0, answered: 0, correct: 0 };
    s.n++;
    if (top) s.top++;
    if (answered) s.answered++;
    if (correct) s.correct++;
    stats.set(key, s);
  };
  const wrong: string[] = [];
  queries.forEach((q, i) => {
    const d = decide(index.rank(q.article, q.language!.article.lang), config.match.minConfidence);
    const top = d?.candidate.id === q.truth;
    const r = results[i];
    const answered = r !== null && r !== undefined;
    const correct = answered && r.match.id === q.truth;
    const keys = [...new Set(['all', q.set.startsWith('wmt22') ? 'wmt22' : 'ntrex', q.set])];
    if (bodyParagraphs(q.article) >= 5) keys.push('5+ paragraphs');
    for (const key of keys) bump(key, top, answered, correct);
    if (answered && !correct) wrong.push(`${q.article.id} -> ${r.match.id} (${r.match.confidence})`);
  });
  console.log(`originals ${index.size}, republished ${queries.length}`);
  console.log(
    `index build ${buildMs.toFixed(0)} ms; matching ${(queries.length / (matchMs / 1000)).toFixed(0)} queries/s`,
  );
  console.log(`minConfidence ${config.match.minConfidence}`);
  console.log('set                  docs   P@1(top)  answered  precision  P@1(accepted)');
  for (const [key, s] of [...stats].sort()) {
    console.log(
      `${key.padEnd(20)} ${String(s.n).padStart(5)}  ${pct(s.top, s.n).padStart(8)}  ${pct(s.answered, s.n).padStart(8)}  ${pct(s.correct, s.answered).padStart(9)}  ${pct(s.correct, s.n).padStart(8)}`,
    );
  }
  if (verbose) for (const w of wrong.slice(0, 40)) console.log('  wrong:', w);
  heldOut(originals, queries, config);
  referenceFidelity(queries, index, config);
  devset(config);
}

function bodyParagraphs(a: Pick<Article, 'body'>): number {
  return a.body.split(/\n\s*\n/).filter((p) => p.trim()).length;
}

/** Stable half of an original (by a hash of its id): 0 calibrates, 1 is held out. */
function halfOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2;
}

const CONFIDENCE_BINS = [0, 0.35, 0.5, 0.7, 0.9, 1.01];

/**
 * Calibration split: the originals are split in two halves by id. Each half is indexed alone and
 * every republished document is matched against it, so the documents of the other half are orphans
 * whose original is missing (the case that must give null, never a similar story). Confidence
 * thresholds are chosen on half 0 ("calibration") and reported on half 1 ("held-out"), with
 * reliability per confidence band: the share of answers that are right.
 */
function heldOut(
  originals: readonly Article[],
  queries: readonly Query[],
  config: typeof DEFAULT_CONFIG,
): void {
  console.log(
    'split        originals  docs  orphans  coverage  precision  orphans rejected  5+ para right  reliability by confidence band',
  );
  for (const half of [0, 1]) {
    const pool = originals.filter((o) => halfOf(o.id) === half);
    const ids = new Set(pool.map((o) => o.id));
    const index = new KeyOriginalsIndex(pool, config);
    let positives = 0;
    let right = 0;
    let answered = 0;
    let orphans = 0;
    let rejected = 0;
    let long = 0;
    let longRight = 0;
    const bands = CONFIDENCE_BINS.slice(1).map(() => ({ n: 0, right: 0 }));
    const fitX: number[][] = [];
    const fitY: number[] = [];
    for (const q of queries) {
      if (fit && half === 0) {
        // the cross-script route's best and runner-up, labelled by whether the best is the original
        const cross = index
          .rank(q.article, q.language!.article.lang)
          .filter((c) => c.route === 'cross-script')
          .sort((a, b) => b.similarity - a.similarity || a.doc - b.doc);
        if (cross[0]) {
          fitX.push(matchFeatures(cross[0], cross[1]));
          fitY.push(cross[0].id === q.truth && ids.has(q.truth) ? 1 : 0);
        }
      }
      const r = index.match(q.article, q.language!);
      const present = q.truth !== null && ids.has(q.truth);
      const ok = present ? r?.match.id === q.truth : r === null;
      if (present) {
        positives++;
        if (ok) right++;
        if (bodyParagraphs(q.article) >= 5) {
          long++;
          if (ok) longRight++;
        }
      } else {
        orphans++;
        if (ok) rejected++;
      }
      if (r) {
        answered++;
        const band = CONFIDENCE_BINS.findIndex(
          (b, i) => r.match.confidence >= b && r.match.confidence < CONFIDENCE_BINS[i + 1]!,
        );
        const b = bands[Math.max(0, band)]!;
        b.n++;
        if (ok) b.right++;
      }
    }
    const precision = answered ? (right / answered).toFixed(4) : 'n/a';
    const reliability = bands
      .map((b, i) =>
        b.n
          ? `[${CONFIDENCE_BINS[i]}, ${CONFIDENCE_BINS[i + 1]!.toFixed(2).replace('1.01', '1')}) ${b.right}/${b.n}`
          : '',
      )
      .filter(Boolean)
      .join('  ');
    console.log(
      `${(half === 0 ? 'calibration' : 'held-out').padEnd(12)} ${String(pool.length).padStart(9)} ${String(positives).padStart(5)} ${String(orphans).padStart(8)}  ${(right / positives).toFixed(4).padStart(8)}  ${precision.padStart(9)}  ${(rejected / orphans).toFixed(4).padStart(16)}  ${(longRight / Math.max(1, long)).toFixed(4).padStart(13)}  ${reliability}`,
    );
    index.close();
    if (fitX.length) {
      const m = fitLogistic(fitX, fitY);
      const show = (w: readonly number[], b: number): string =>
        `${FEATURE_NAMES.map((f, i) => `${f} ${w[i]!.toFixed(3)}`).join(', ')}, bias ${b.toFixed(3)}`;
      console.log(
        `cross-script model fitted on ${fitX.length} calibration rankings: ${show(m.weights, m.bias)}`,
      );
      console.log(`cross-script model in use: ${show(CROSS_SCRIPT_MODEL.weights, CROSS_SCRIPT_MODEL.bias)}`);
    }
  }
}

/** Fidelity rules on human reference translations (clean by construction): every issue is a false alarm. */
function referenceFidelity(queries: Query[], index: KeyOriginalsIndex, config: typeof DEFAULT_CONFIG): void {
  const resources = loadResources();
  const counts = new Map<string, number>();
  const align = { pairs: 0, inPlace: 0, gaps: 0, nearZero: 0 };
  let docs = 0;
  const examples: string[] = [];
  for (const q of queries) {
    if (!q.truth || !(q.article.id.endsWith('@ref') || q.set === 'ntrex')) continue;
    const original = index.get(q.truth)!;
    const lang = original.lang ?? 'und';
    const matched = {
      original,
      originalLang: lang,
      match: { id: q.truth, lang, confidence: 1, method: 'truth' },
    };
    const ctx = buildRuleContext(q.article, { resources, config }, matched, q.language);
    docs++;
    // paragraphs of these references translate the original's paragraph by paragraph
    for (const p of ctx.alignment!.pairs) {
      if (p.republished === null || p.original === null) align.gaps++;
      else {
        align.pairs++;
        if (p.republished === p.original) align.inPlace++;
        if (p.similarity < 0.1) align.nearZero++;
      }
    }
    for (const i of runRules(FIDELITY_RULES, ctx)) {
      const key = `${i.rule}/${i.messageId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (examples.length < 40) examples.push(`${q.article.id} ${key} "${i.text.slice(0, 50)}"`);
    }
  }
  const summary = [...counts].map(([k, n]) => `${k} ${n} (${(n / docs).toFixed(3)}/doc)`).join(', ');
  console.log(
    `alignment on ${docs} human reference translations: ${pct(align.inPlace, align.pairs)} of ${align.pairs} pairs in place, ` +
      `${align.gaps} unmatched paragraphs, ${align.nearZero} pairs with similarity < 0.1`,
  );
  console.log(
    `fidelity on ${docs} human reference translations (every issue is false): ${summary || 'none'}`,
  );
  if (verbose) for (const e of examples) console.log('  ref:', e);
}

function listJsonl(dir: string): string[] {
  return readdirSafe(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function devset(config: typeof DEFAULT_CONFIG): void {
  if (!existsSync(join(DEV, 'labels.jsonl'))) {
    console.log('devset skipped: not found');
    return;
  }
  const originals = readJsonl<Omit<Article, 'input'>>(join(DEV, 'originals.jsonl')).map((r) =>
    asArticle(r, 'dev'),
  );
  const republished = readJsonl<Omit<Article, 'input'>>(join(DEV, 'republished.jsonl')).map((r) =>
    asArticle(r, 'dev'),
  );
  const labelList = readJsonl<Label>(join(DEV, 'labels.jsonl'));
  const labels = new Map(labelList.map((l) => [l.id, l.original]));
  const fullLabels = new Map(labelList.map((l) => [l.id, l]));
  const resources = loadResources();
  const fid = {
    number: { labelled: 0, hit: 0 },
    omission: { labelled: 0, hit: 0 },
    cleanIssues: 0,
    cleanArticles: 0,
    unlabelled: 0,
    issues: 0,
  };
  const index = new KeyOriginalsIndex(originals, config);
  let right = 0;
  let orphans = 0;
  let orphansRejected = 0;
  let matchedRight = 0;
  let withOriginal = 0;
  for (const a of republished) {
    const truth = labels.get(a.id) ?? null;
    const language = identifyArticle(a, config.languages);
    const r = index.match(a, language);
    const got = r ? r.match.id : null;
    if (got === truth) right++;
    const label = fullLabels.get(a.id)!;
    const ctx = buildRuleContext(a, { resources, config }, r, language);
    const issues = ctx.original ? runRules(FIDELITY_RULES, ctx) : [];
    scoreFidelity(label, issues, ctx.body.text, ctx.original?.body.text ?? '', fid);
    if (verbose)
      for (const i of issues)
        console.log(`    ${a.id} ${i.rule}/${i.messageId} ${i.field} "${i.text.slice(0, 60)}"`);
    if (truth === null) {
      orphans++;
      if (got === null) orphansRejected++;
    } else {
      withOriginal++;
      if (got === truth) matchedRight++;
    }
    if (verbose || got !== truth) {
      const d = decide(index.rank(a, language.article.lang), config.match.minConfidence);
      console.log(
        `  ${got === truth ? 'ok ' : 'BAD'} ${a.id} [${language.article.lang}] truth=${truth} got=${got} ${r ? `${r.match.method} ${r.match.confidence}` : ''} best=${d?.candidate.id} conf=${d?.confidence.toFixed(3)} sim=${d?.candidate.similarity.toFixed(3)} cont=${d?.candidate.containment.toFixed(3)}`,
      );
    }
  }
  console.log(
    `devset fidelity: number recall ${fid.number.hit}/${fid.number.labelled}, omission recall ${fid.omission.hit}/${fid.omission.labelled}, ` +
      `issues ${fid.issues} (${fid.unlabelled} on no labelled span), false issues per clean article ${(fid.cleanIssues / Math.max(1, fid.cleanArticles)).toFixed(2)} (${fid.cleanIssues} on ${fid.cleanArticles})`,
  );
  console.log(
    `devset: accuracy ${right}/${republished.length} (${pct(right, republished.length)}); with original ${matchedRight}/${withOriginal}; orphans rejected ${orphansRejected}/${orphans}`,
  );
}

interface FidelityStats {
  number: { labelled: number; hit: number };
  omission: { labelled: number; hit: number };
  cleanIssues: number;
  cleanArticles: number;
  unlabelled: number;
  issues: number;
}

/** Every [start, end) where `needle` occurs in `hay`. */
function occurrences(hay: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

function scoreFidelity(
  label: Label,
  issues: Issue[],
  body: string,
  originalBody: string,
  s: FidelityStats,
): void {
  const overlaps = (i: Issue, spans: [number, number][]): boolean =>
    spans.some(([a, b]) => i.start < b && a < i.end);
  const spansOf = (l: Label['issues'][number]): { field: string; spans: [number, number][] } =>
    l.in === 'original'
      ? { field: 'original.body', spans: occurrences(originalBody, l.text) }
      : { field: l.field, spans: occurrences(l.field === 'body' ? body : '', l.text) };
  for (const l of label.issues) {
    const kind = l.category === 'number' ? 'number' : l.category === 'omission' ? 'omission' : null;
    if (!kind) continue;
    s[kind].labelled++;
    const { field, spans } = spansOf(l);
    if (issues.some((i) => i.kind === kind && i.field === field && overlaps(i, spans))) s[kind].hit++;
  }
  s.issues += issues.length;
  if (label.article === 'ok') {
    s.cleanArticles++;
    s.cleanIssues += issues.length;
  }
  for (const i of issues) {
    const hit = label.issues.some((l) => {
      const { field, spans } = spansOf(l);
      return field === i.field && overlaps(i, spans);
    });
    if (!hit) s.unlabelled++;
  }
}

if (process.argv.some((a) => a.startsWith('--archive'))) await runScale();
else main();
