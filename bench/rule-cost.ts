/**
 * What each stage and each rule costs per article, in this process, over a fixed set of articles (the
 * devset's republished articles and an even spread of the benchmark documents, each against its own
 * originals through the real matcher), and every finding those articles get, so that a change meant
 * only to make things faster can be shown to find exactly what it found before.
 *
 * Run: node --import tsx bench/rule-cost.ts [--limit 300] [--repeat 1] [--findings FILE] [--compare FILE]
 *   --limit N        benchmark documents, an even spread over all of them (default 300)
 *   --repeat N       check the set N times (timing over all passes; findings from the first)
 *   --findings FILE  write the findings (one JSON line per article) to FILE
 *   --compare FILE   compare this run's findings with FILE (written by --findings): exit 1 on a difference
 *   --warm           check the whole set once before measuring (tables a language loads on first use, JIT)
 *   --profile FILE   write a V8 CPU profile of the measured passes only (read it with bench/_cpuprofile.ts)
 *
 * Rule times are CPU time (user + system, this process), measured around each rule: a shared analysis is
 * counted in the rule that first asks for it, as the pipeline's own `--timing` counts it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { readSources } from '../src/ingest/sources.js';
import { useLanguageModel } from '../src/lang/eld.js';
import { buildOriginalsIndex } from '../src/match/index.js';
import type { Article, ArticleResult } from '../src/model.js';
import { checkArticle, type CheckDeps } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { processCpuMs, RuleTiming } from '../src/rules/engine.js';
import { RULES } from '../src/rules/registry.js';
import type { Finding, Rule } from '../src/rules/types.js';
import { benchmarkDocuments, DEVSET_DIR, requireData } from './shared-data.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const LIMIT = Number(option('limit', '300'));
const REPEAT = Number(option('repeat', '1'));
const FINDINGS = option('findings', '');
const COMPARE = option('compare', '');
const WARM = process.argv.includes('--warm');
const PROFILE = option('profile', '');

/** An even spread of `n` items over the list (every system and language, not the first file only). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** Each rule wrapped so that its CPU time lands in `cpu` (findings drawn out inside the measure). */
function timedRules(rules: readonly Rule[], cpu: Map<string, number>): Rule[] {
  return rules.map((rule) => ({
    meta: rule.meta,
    check(ctx): Finding[] {
      const t0 = processCpuMs();
      try {
        return [...rule.check(ctx)];
      } finally {
        cpu.set(rule.meta.id, (cpu.get(rule.meta.id) ?? 0) + processCpuMs() - t0);
      }
    },
  }));
}

/** What a result found, in a form two runs can be compared by: no timing, no text already keyed. */
function findingsOf(set: string, r: ArticleResult): string {
  return JSON.stringify({
    article: `${set}:${r.id}`,
    lang: r.lang.detected,
    original: r.original?.id ?? null,
    verdict: r.verdict,
    score: r.score,
    headline: r.headline,
    issues: r.issues.map((i) => [i.rule, i.messageId, i.severity, i.field, i.start, i.end, i.message]),
    errors: r.ruleErrors ?? [],
  });
}

interface ArticleSet {
  name: string;
  articles: Article[];
  deps: CheckDeps;
}

async function articleSet(
  name: string,
  republished: string | Article[],
  originals: string | Article[],
  shared: Pick<CheckDeps, 'resources' | 'config' | 'rules'>,
): Promise<ArticleSet> {
  const read = async (src: string | Article[]): Promise<Article[]> =>
    typeof src === 'string' ? (await readSources([src])).articles : src;
  const index = buildOriginalsIndex(await read(originals), DEFAULT_CONFIG);
  return { name, articles: await read(republished), deps: { ...shared, index } };
}

/** A CPU profile of what runs from now until `stop` (node:inspector, as `node --cpu-prof` writes it). */
async function startProfile(): Promise<{ stop(path: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(path) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function main(): Promise<void> {
  const devset = requireData(DEVSET_DIR, 'the devset');
  const { originals, republished } = benchmarkDocuments();
  const asArticle = (r: (typeof originals)[number]): Article => ({ ...r, input: 'benchmark' });
  const cpuByRule = new Map<string, number>();
  const shared = { resources: loadResources(), config: DEFAULT_CONFIG, rules: timedRules(RULES, cpuByRule) };
  // identify languages as every thread of a run does: on the run's language model (shared memory)
  useLanguageModel(shared.resources.languageModel ?? null);
  const sets = [
    await articleSet('devset', join(devset, 'republished.jsonl'), join(devset, 'originals.jsonl'), shared),
    await articleSet(
      'benchmark',
      spread(republished, LIMIT).map(asArticle),
      originals.map(asArticle),
      shared,
    ),
  ];
  // lazily loaded tables and models load here, outside the measure
  for (const s of sets) for (const a of WARM ? s.articles : s.articles.slice(0, 1)) checkArticle(a, s.deps);
  cpuByRule.clear();
  const profiler = PROFILE ? await startProfile() : null;

  const timing = new RuleTiming();
  const lines: string[] = [];
  let checked = 0;
  const c0 = processCpuMs();
  for (let pass = 0; pass < REPEAT; pass++)
    for (const s of sets)
      for (const a of s.articles) {
        const result = checkArticle(a, { ...s.deps, timing });
        if (pass === 0) lines.push(findingsOf(s.name, result));
        checked++;
      }
  const cpuMs = processCpuMs() - c0;
  if (profiler) await profiler.stop(PROFILE);

  const per = (ms: number): string => (ms / checked).toFixed(2);
  console.log(
    `${checked} articles (${sets.map((s) => `${s.name} ${s.articles.length}`).join(', ')}, x${REPEAT}): ` +
      `${per(cpuMs)} ms CPU per article, ${((1000 * checked) / cpuMs).toFixed(1)} articles per CPU-second ` +
      `(load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
  );
  console.log(
    `stages, ms CPU per article: ${[...timing.stagesCpu].map(([k, v]) => `${k} ${per(v)}`).join('  ')}`,
  );
  const rules = [...cpuByRule].sort((a, b) => b[1] - a[1]);
  const rulesMs = rules.reduce((s, [, v]) => s + v, 0);
  console.log(`rules, ms CPU per article: ${per(rulesMs)} in all`);
  for (const [id, ms] of rules.filter(([, ms]) => ms / checked >= 0.01))
    console.log(`${per(ms).padStart(8)}  ${((100 * ms) / rulesMs).toFixed(1).padStart(5)}%  ${id}`);

  const text = lines.join('\n') + '\n';
  if (FINDINGS) {
    writeFileSync(FINDINGS, text);
    console.log(`findings written: ${FINDINGS}`);
  }
  if (COMPARE) {
    const before = readFileSync(COMPARE, 'utf8').split('\n');
    const after = text.split('\n');
    const differ = after.filter((line, i) => line !== before[i]);
    if (before.length !== after.length || differ.length) {
      console.log(`findings DIFFER from ${COMPARE} (${differ.length} articles):`);
      after.forEach((line, i) => {
        if (line !== before[i] && i < before.length) console.log(`- ${before[i]}\n+ ${line}`);
      });
      process.exitCode = 1;
    } else console.log(`findings identical to ${COMPARE} (${after.length - 1} articles)`);
  }
}

await main();
