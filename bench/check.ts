/**
 * Throughput of the whole per-article pipeline (language, match, align, rules, score) on real news
 * translations, against a baseline measured in the same run: reading the same records and segmenting
 * them into words (the least any checker must do).
 */
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { readJsonl } from '../src/ingest/jsonl.js';
import { buildOriginalsIndex } from '../src/match/index.js';
import { checkArticle } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';
import { countWords } from '../src/text/segment.js';
import { BENCHMARKS_DIR, requireData } from './shared-data.js';

const wmt = requireData(join(BENCHMARKS_DIR, 'wmt22'), 'the WMT22 benchmark');
const originals = (await readJsonl(join(wmt, 'originals.jsonl'))).articles;
const systems = ['ref.jsonl', 'Online-B.jsonl'];
const articles = (await Promise.all(systems.map((s) => readJsonl(join(wmt, 'republished', s))))).flatMap(
  (r) => r.articles,
);
const words = articles.reduce((n, a) => n + countWords(a.title) + countWords(a.body), 0);

function time(label: string, fn: () => void, rounds = 3): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `${label.padEnd(28)} ${best.toFixed(0).padStart(6)} ms  ${((articles.length / best) * 1000).toFixed(1).padStart(8)} articles/s`,
  );
  return best;
}

console.log(`${articles.length} articles (${words} words), ${originals.length} originals`);
const baseline = time('baseline: segment words', () => {
  for (const a of articles) countWords(a.title + '\n' + a.body);
});
const t0 = performance.now();
const index = buildOriginalsIndex(originals, DEFAULT_CONFIG);
console.log(`index build                  ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
const deps = { index, resources: loadResources(), config: DEFAULT_CONFIG, rules: RULES };
checkArticle(articles[0]!, deps); // warm lazily loaded models before timing
const full = time('syndiq check pipeline', () => {
  for (const a of articles) checkArticle(a, deps);
});
console.log(
  `pipeline / baseline: ${(full / baseline).toFixed(1)}x the time; ${(full / articles.length).toFixed(2)} ms per article`,
);
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
