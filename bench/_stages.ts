/** Stage and rule timing in-process: node --import tsx bench/_stages.ts REPUBLISHED.jsonl ORIGINALS.jsonl */
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { readSources } from '../src/ingest/sources.js';
import { buildOriginalsIndex } from '../src/match/index.js';
import { checkArticle } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { RuleTiming } from '../src/rules/engine.js';
import { RULES } from '../src/rules/registry.js';

const [rep, orig] = process.argv.slice(2);
const t0 = performance.now();
const articles = (await readSources([rep!])).articles;
const originals = (await readSources([orig!])).articles;
const t1 = performance.now();
const index = buildOriginalsIndex(originals, DEFAULT_CONFIG);
const t2 = performance.now();
const deps = {
  index,
  resources: loadResources(),
  config: DEFAULT_CONFIG,
  rules: RULES,
  timing: new RuleTiming(),
};
checkArticle(articles[0]!, { ...deps, timing: undefined });
const t3 = performance.now();
const c0 = process.cpuUsage();
for (const a of articles) checkArticle(a, deps);
const c1 = process.cpuUsage(c0);
const t4 = performance.now();
console.log(
  `read ${(t1 - t0).toFixed(0)} ms, index ${(t2 - t1).toFixed(0)} ms, warm ${(t3 - t2).toFixed(0)} ms, check ${(t4 - t3).toFixed(0)} ms wall ${((c1.user + c1.system) / 1000).toFixed(0)} ms CPU for ${articles.length}: ${((c1.user + c1.system) / 1000 / articles.length).toFixed(1)} ms CPU/article`,
);
const n = articles.length;
console.log([...deps.timing.stages].map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join('  '));
const rules = [...deps.timing.totals].sort((a, b) => b[1] - a[1]);
const total = rules.reduce((s, [, v]) => s + v, 0);
for (const [r, v] of rules.slice(0, 15))
  console.log(`${(v / n).toFixed(2).padStart(7)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${r}`);
