/**
 * Matching benchmark: pools the wmt22 and ntrex originals, matches every republished document, and
 * matches the labelled dev corpus (orphans included). Run: npm run bench:match
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { identifyArticle } from '../src/lang/identify.js';
import type { LanguageAnalysis } from '../src/lang/types.js';
import { KeyOriginalsIndex, decide } from '../src/match/index.js';
import type { Article } from '../src/model.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const BENCH = join(SHARED, 'benchmarks');
const DEV = join(SHARED, 'devset');
const verbose = process.argv.includes('--verbose');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function asArticle(r: Omit<Article, 'input'>, input: string): Article {
  return { ...r, input };
}

interface Truth {
  id: string;
  original: string | null;
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
    for (const key of ['all', q.set.startsWith('wmt22') ? 'wmt22' : 'ntrex', q.set])
      bump(key, top, answered, correct);
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
  devset(config);
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
  const labels = new Map(readJsonl<Truth>(join(DEV, 'labels.jsonl')).map((l) => [l.id, l.original]));
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
    `devset: accuracy ${right}/${republished.length} (${pct(right, republished.length)}); with original ${matchedRight}/${withOriginal}; orphans rejected ${orphansRejected}/${orphans}`,
  );
}

main();
