/**
 * Meaning: how syndiq's findings and word evidence relate to human judgement, and what they cost in
 * false alarms on professional translations.
 *
 *   node --import tsx bench/meaning.ts [--limit=N] [--cache=FILE]
 *
 * 1. Professional translations (WMT22 human references uk/ru->en, NTREX human translations en->uk/ru),
 *    each checked against its known original: the share of articles with a verdict other than pass,
 *    and false alarms per rule.
 * 2. WMT22 document-level human scores (`da.tsv`, mean raw DA per document and system): every system's
 *    output and the reference are checked against the known original; features per article are MQM
 *    points per 1,000 words per issue kind and the word evidence shares. A least-squares fit of the
 *    human score on those features is made on half of the documents and Pearson r is measured on the
 *    other half (and the reverse); a document's outputs all fall in one half. The baseline is r of
 *    the MQM quality score (100 minus points per 1,000 words) on the same pairs.
 * `--cache=FILE` keeps the per-article features between runs (checking 3,289 articles takes minutes).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../src/config/config.js';
import { sentenceEvidence } from '../src/analysis/sentence-evidence.js';
import { ISSUE_KINDS, type IssueKind } from '../src/model.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';
import { scoreArticle } from '../src/score/mqm.js';
import { countWords } from '../src/text/segment.js';
import { BENCHMARKS_DIR, readJsonl, requireData } from './shared-data.js';
import { checkRecord } from './gold-check.js';
import { chrF } from './chrf.js';

interface Rec {
  id: string;
  title: string;
  body: string;
  lang?: string;
}

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined =>
  argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const limit = Number(flag('limit') ?? Infinity);
const cacheFile = flag('cache');

const config = resolveConfig({});
const resources = loadResources();

interface Checked {
  id: string;
  words: number;
  verdict: string;
  score: number;
  issues: { rule: string; kind: IssueKind; points: number }[];
  sourceShare: number | null;
  targetShare: number | null;
}

function check(r: Rec, o: Rec, lang: string): Checked {
  const { ctx, issues } = checkRecord({ ...r, lang }, o, RULES, { resources, config }, true);
  const words = { title: countWords(r.title, ctx.title.lang), body: countWords(r.body, ctx.body.lang) };
  const scores = scoreArticle(issues, words, config.scoring);
  const ev = ctx.use(sentenceEvidence);
  return {
    id: r.id,
    words: words.title + words.body,
    verdict: scores.article.verdict,
    score: scores.article.score,
    issues: issues.map((i) => ({ rule: i.rule, kind: i.kind, points: config.scoring.points[i.severity] })),
    sourceShare: ev ? ev.sourceShare : null,
    targetShare: ev ? ev.targetShare : null,
  };
}

const wmt = requireData(join(BENCHMARKS_DIR, 'wmt22'), 'the WMT22 benchmark');
const originals = new Map(readJsonl<Rec>(join(wmt, 'originals.jsonl')).map((o) => [o.id, o]));

// ---- 1. professional translations
function professional(): void {
  const sets: { name: string; pairs: [Rec, Rec, string][] }[] = [];
  sets.push({
    name: 'WMT22 references (uk/ru->en)',
    pairs: readJsonl<Rec>(join(wmt, 'republished/ref.jsonl'))
      .slice(0, limit)
      .map((r) => [r, originals.get(r.id.replace(/@ref$/, ''))!, 'en']),
  });
  const ntrex = join(BENCHMARKS_DIR, 'ntrex');
  if (existsSync(ntrex)) {
    const nOrig = new Map(
      readJsonl<Rec>(join(ntrex, 'originals.jsonl')).map((o) => [o.id, { ...o, lang: o.lang ?? 'en' }]),
    );
    for (const lang of ['uk', 'ru'])
      sets.push({
        name: `NTREX references (en->${lang})`,
        pairs: readJsonl<Rec>(join(ntrex, `republished/${lang}.jsonl`))
          .slice(0, limit)
          .map((r) => [r, nOrig.get(r.id.replace(/@\w+$/, ''))!, lang]),
      });
  } else console.log(`skipped: NTREX not found at ${ntrex}`);
  const perRule = new Map<string, number>();
  let total = 0;
  let flagged = 0;
  for (const s of sets) {
    let f = 0;
    for (const [r, o, lang] of s.pairs) {
      const c = check(r, o, lang);
      if (c.verdict !== 'pass') f++;
      for (const rule of new Set(c.issues.map((i) => i.rule)))
        perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    }
    console.log(
      `${s.name.padEnd(32)} ${s.pairs.length} articles, not pass ${f} (${((100 * f) / s.pairs.length).toFixed(1)}%)`,
    );
    total += s.pairs.length;
    flagged += f;
  }
  console.log(
    `professional translations: ${flagged}/${total} not pass = ${((100 * flagged) / total).toFixed(1)}%`,
  );
  console.log('articles with a finding, per rule:');
  for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(34)} ${n}`);
}

// ---- 2. human document scores

function features(c: Checked): number[] {
  const per = (kind: IssueKind): number =>
    (c.issues.filter((i) => i.kind === kind).reduce((n, i) => n + i.points, 0) * 1000) /
    Math.max(c.words, 50);
  return [...ISSUE_KINDS.map(per), 1 - (c.sourceShare ?? 0.6), 1 - (c.targetShare ?? 0.55)];
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Ridge least squares (a small penalty keeps rare kinds from taking wild weights); returns [bias, ...w]. */
function fit(xs: readonly number[][], y: readonly number[], lambda = 1): number[] {
  const d = xs[0]!.length + 1;
  const a = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  xs.forEach((row, k) => {
    const v = [1, ...row];
    for (let i = 0; i < d; i++) {
      b[i]! += v[i]! * y[k]!;
      for (let j = 0; j < d; j++) a[i]![j]! += v[i]! * v[j]!;
    }
  });
  for (let i = 1; i < d; i++) a[i]![i]! += lambda;
  // Gaussian elimination
  for (let i = 0; i < d; i++) {
    let p = i;
    for (let r = i + 1; r < d; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[p]![i]!)) p = r;
    [a[i], a[p]] = [a[p]!, a[i]!];
    [b[i], b[p]] = [b[p]!, b[i]!];
    if (Math.abs(a[i]![i]!) < 1e-12) continue;
    for (let r = 0; r < d; r++) {
      if (r === i) continue;
      const f = a[r]![i]! / a[i]![i]!;
      for (let c = i; c < d; c++) a[r]![c]! -= f * a[i]![c]!;
      b[r]! -= f * b[i]!;
    }
  }
  return b.map((v, i) => (Math.abs(a[i]![i]!) < 1e-12 ? 0 : v / a[i]![i]!));
}

const predict = (w: readonly number[], x: readonly number[]): number =>
  x.reduce((s, v, i) => s + v * w[i + 1]!, w[0]!);

/** Stable half of a document id (FNV-1a), so every output of a document falls in the same half. */
function half(doc: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 1) as 0 | 1;
}

function human(): void {
  const da = readFileSync(join(wmt, 'da.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map(([doc, system, , raw, z]) => ({ doc: doc!, system: system!, raw: Number(raw), z: Number(z) }));
  let cache: Record<string, Checked> = {};
  if (cacheFile && existsSync(cacheFile))
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Checked>;
  const systems = new Set(da.map((d) => d.system));
  const records = new Map<string, Rec>();
  for (const s of systems) {
    const file = join(wmt, 'republished', `${s}.jsonl`);
    if (existsSync(file)) for (const r of readJsonl<Rec>(file)) records.set(r.id, r);
  }
  const chrfOf = referenceChrF(records);
  const rows: Row[] = [];
  const t0 = performance.now();
  let checked = 0;
  for (const d of da.slice(0, limit)) {
    const id = `${d.doc}@${d.system}`;
    let c = cache[id];
    if (!c) {
      const r = records.get(id);
      const o = originals.get(d.doc);
      if (!r || !o) continue;
      c = cache[id] = check(r, o, 'en');
      checked++;
    }
    rows.push({ doc: d.doc, raw: d.raw, z: d.z, c, chrf: chrfOf(d.doc, d.system) });
  }
  if (cacheFile && checked) writeFileSync(cacheFile, JSON.stringify(cache));
  console.log(
    `\n${rows.length} document/system pairs with a human score (${checked} checked in ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  console.log(
    "r = Pearson over all pairs; within = after subtracting each document's mean (which system is better\n" +
      'on the same text); between = over document means (which texts are harder). Fitted figures are\n' +
      'held-out: fitted on one half of the documents, predicted on the other, both halves pooled.',
  );
  for (const target of ['raw', 'z'] as const) {
    const fitted = heldOut(rows, target, (r) => features(r.c));
    const evidence = heldOut(rows, target, (r) => features(r.c).slice(-2));
    const lines: [string, readonly number[]][] = [
      ['MQM quality score', rows.map((r) => r.c.score)],
      ['fitted on findings + evidence', fitted],
      ['fitted on word evidence alone', evidence],
      ['chrF against the human reference', rows.map((r) => r.chrf)],
    ];
    console.log(`DA ${target}:`);
    for (const [name, x] of lines) {
      const s = splitCorrelation(rows, x, target);
      console.log(
        `  ${name.padEnd(34)} r=${s.all.toFixed(3)}  within=${s.within.toFixed(3)}  between=${s.between.toFixed(3)}`,
      );
    }
    if (target === 'raw') {
      const w = fit(
        rows.map((r) => features(r.c)),
        rows.map((r) => r.raw),
      );
      console.log(
        `  weights fitted on all pairs (for the default config, not for any figure above): bias ${w[0]!.toFixed(2)}, ${[...ISSUE_KINDS, '1-sourceShare', '1-targetShare'].map((k, i) => `${k} ${w[i + 1]!.toFixed(3)}`).join(', ')}`,
      );
    }
  }
}

interface Row {
  doc: string;
  raw: number;
  z: number;
  c: Checked;
  /** Mean chrF of the human-scored segments against the reference translation (the baseline). */
  chrf: number;
}

/** Held-out predictions: a fit on each half of the documents predicts the other half. */
function heldOut(rows: readonly Row[], target: 'raw' | 'z', x: (r: Row) => number[]): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (const test of [0, 1] as const) {
    const train = rows.filter((r) => half(r.doc) !== test);
    const w = fit(
      train.map(x),
      train.map((r) => r[target]),
    );
    rows.forEach((r, i) => {
      if (half(r.doc) === test) out[i] = predict(w, x(r));
    });
  }
  return out;
}

/** Pearson r over all pairs, within documents (document means removed) and between document means. */
function splitCorrelation(
  rows: readonly Row[],
  x: readonly number[],
  target: 'raw' | 'z',
): { all: number; within: number; between: number } {
  const y = rows.map((r) => r[target]);
  const byDoc = new Map<string, number[]>();
  rows.forEach((r, i) => byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), i]));
  const mean = (v: readonly number[], idx: readonly number[]): number =>
    idx.reduce((s, i) => s + v[i]!, 0) / idx.length;
  const wx: number[] = [];
  const wy: number[] = [];
  const bx: number[] = [];
  const by: number[] = [];
  for (const idx of byDoc.values()) {
    const mx = mean(x, idx);
    const my = mean(y, idx);
    bx.push(mx);
    by.push(my);
    for (const i of idx) {
      wx.push(x[i]! - mx);
      wy.push(y[i]! - my);
    }
  }
  return { all: pearson(x, y), within: pearson(wx, wy), between: pearson(bx, by) };
}

/**
 * chrF of a system's output against the human reference over the segments people scored (title =
 * segment 1, body paragraph k = segment k + 1), averaged as the human document score is.
 */
function referenceChrF(records: ReadonlyMap<string, Rec>): (doc: string, system: string) => number {
  const scored = new Map<string, number[]>();
  for (const line of readFileSync(join(wmt, 'da-segments.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [doc, seg, system] = line.split('\t');
    const key = `${doc}@${system}`;
    scored.set(key, [...(scored.get(key) ?? []), Number(seg)]);
  }
  const references = new Map(
    readJsonl<Rec>(join(wmt, 'republished/ref.jsonl')).map((r) => [r.id.replace(/@ref$/, ''), r]),
  );
  const segments = (r: Rec): string[] => [r.title, ...r.body.split(/\n\s*\n/)];
  return (doc, system) => {
    const out = records.get(`${doc}@${system}`);
    const ref = references.get(doc);
    const segs = scored.get(`${doc}@${system}`) ?? [];
    if (!out || !ref || !segs.length) return 0;
    const hyp = segments(out);
    const refs = segments(ref);
    return segs.reduce((s, k) => s + chrF(hyp[k - 1] ?? '', refs[k - 1] ?? ''), 0) / segs.length;
  };
}

professional();
human();
