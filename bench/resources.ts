/**
 * `npm run bench:resources`: how long the run's resources take to load and how much memory they hold,
 * per language and for all default languages together, each measured in a fresh process:
 *
 * - cold: no spelling table on disk, so each dictionary is expanded from its Hunspell files (once per
 *   dictionary version on a machine);
 * - warm: the tables are on disk (every later run);
 * - nspell (with `--nspell`): the previous backend, nspell loading the same dictionaries, for comparison.
 *
 * Then the cold start of the command line: `bin/syndiq.js check --timing` (built dist/) on the bundled
 * samples, a fresh process each time, from the process's start to the first article's result, in all
 * and beyond the resource load, wall and CPU (CPU is the figure to trust on a busy machine).
 *
 * Options: `--warm` (skip the cold runs), `--nspell`, `--lang en,fr` (languages to measure),
 * `--starts N` (cold starts measured, default 3; 0 skips them), `--cli PATH/bin/syndiq.js` (another build).
 * RSS is the process's resident memory after loading minus before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import { measure as measureProcess } from './_usage.js';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { languageInfo } from '../src/lang/languages.js';
import { loadResources, type ResourceLoad } from '../src/resources.js';
import { dictionaryPackage } from '../src/resources/spelling/store.js';

interface Sample {
  ms: number;
  rssMb: number;
  loads: ResourceLoad[];
}

const SELF = fileURLToPath(import.meta.url);
/** The cache folder argument meaning "where runs keep their tables" (beside the installed dictionaries). */
const DEFAULT = '-';

/** In the child: load, print one JSON line. */
function child(mode: string, langs: string[], cacheDir: string): void {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const loads: ResourceLoad[] = [];
  if (mode === 'nspell') {
    for (const lang of langs)
      for (const name of languageInfo(lang)?.spelling?.dictionaries ?? []) {
        const pkg = dictionaryPackage(name);
        nspell({ aff: readFileSync(pkg.aff), dic: readFileSync(pkg.dic, 'utf8') });
      }
  } else
    loadResources({
      languages: langs,
      ...(cacheDir !== DEFAULT ? { cacheDir } : {}),
      onLoad: (l) => loads.push(l),
    });
  const ms = performance.now() - started;
  const rssMb = (process.memoryUsage().rss - before) / 1e6;
  console.log(JSON.stringify({ ms, rssMb, loads } satisfies Sample));
}

function measure(mode: string, langs: string[], cacheDir: string): Sample {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', SELF, '--child', mode, langs.join(','), cacheDir],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`${mode} ${langs.join(',')}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Sample;
}

/** The CLI whose cold start is measured: this checkout's, or another build's (`--cli PATH/bin/syndiq.js`). */
const CLI_AT = process.argv.indexOf('--cli');
const CLI =
  CLI_AT > 0 ? process.argv[CLI_AT + 1]! : fileURLToPath(new URL('../bin/syndiq.js', import.meta.url));

interface ColdStart {
  firstMs: number;
  firstCpuMs: number;
  beyondMs: number;
  beyondCpuMs: number;
  processCpuMs: number;
}

/** One cold start of `syndiq check` on the bundled samples, in a fresh process and an empty folder. */
function coldStart(work: string): ColdStart {
  const m = measureProcess(work, [
    CLI,
    'check',
    '--timing',
    '--no-cache',
    '--format',
    'json',
    '--quiet',
    '--out',
    join(work, 'out'),
  ]);
  const line =
    /First article checked ([\d.]+) ms after the process started \(CPU ([\d.]+) ms\); beyond the resource load: (-?[\d.]+) ms \(CPU (-?[\d.]+) ms\)/.exec(
      m.stdout,
    );
  if (!line) throw new Error(`no first-article line in the --timing output:\n${m.stdout.slice(-2000)}`);
  const [firstMs, firstCpuMs, beyondMs, beyondCpuMs] = line.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { firstMs, firstCpuMs, beyondMs, beyondCpuMs, processCpuMs: m.cpuMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function printColdStarts(n: number): void {
  if (n <= 0) return;
  const work = mkdtempSync(join(tmpdir(), 'syndiq-bench-start-'));
  try {
    const runs = Array.from({ length: n }, () => coldStart(work));
    const s = (pick: (c: ColdStart) => number): string =>
      `${(median(runs.map(pick)) / 1000).toFixed(2)} s (${runs.map((r) => (pick(r) / 1000).toFixed(2)).join(', ')})`;
    console.log(
      `\nCold start: syndiq check on the bundled samples, first article's result, median of ${n} fresh processes`,
    );
    console.log(`  from the process's start:   wall ${s((r) => r.firstMs)}   CPU ${s((r) => r.firstCpuMs)}`);
    console.log(
      `  beyond the resource load:   wall ${s((r) => r.beyondMs)}   CPU ${s((r) => r.beyondCpuMs)}`,
    );
    console.log(`  whole process (all articles, reports): CPU ${s((r) => r.processCpuMs)}`);
    const beyond = median(runs.map((r) => r.beyondCpuMs));
    console.log(`  target beyond the resource load <= 1.5 s (CPU): ${beyond <= 1500 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const fmt = (s: Sample | undefined): string =>
  s ? `${(s.ms / 1000).toFixed(2).padStart(7)} s ${s.rssMb.toFixed(0).padStart(5)} MB` : '       -         -';

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!.split(',').filter(Boolean), args[3]!);
  const warmOnly = args.includes('--warm');
  const withNspell = args.includes('--nspell');
  const startsArg = args.indexOf('--starts');
  const starts = startsArg >= 0 ? Number(args[startsArg + 1]) : 3;
  const langArg = args.indexOf('--lang');
  const langs = langArg >= 0 ? args[langArg + 1]!.split(',') : DEFAULT_CONFIG.languages;
  const spelled = langs.filter((l) => languageInfo(l)?.spelling);
  const cache = mkdtempSync(join(tmpdir(), 'syndiq-bench-spelling-'));
  try {
    console.log(`Resource load per language, each in a fresh process (${new Date().toISOString()})`);
    console.log(
      `languages without a dictionary (lexicons only): ${langs.filter((l) => !spelled.includes(l)).join(', ') || 'none'}`,
    );
    console.log(
      `${'language'.padEnd(38)}${warmOnly ? '' : '   cold (no table on disk)'}   warm (table on disk)${withNspell ? '   nspell (previous backend)' : ''}`,
    );
    const baseline = measure('load', [], DEFAULT);
    console.log(
      `${'lexicons only'.padEnd(38)}${warmOnly ? '' : `   ${fmt(baseline)}        `}   ${fmt(baseline)}`,
    );
    let coldTotal = 0;
    for (const lang of spelled) {
      const dicts = languageInfo(lang)!.spelling!.dictionaries.join('+');
      // cold: an empty cache folder of its own, so no other language's table helps
      const coldDir = mkdtempSync(join(cache, `${lang}-`));
      const cold = warmOnly ? undefined : measure('load', [lang], coldDir);
      if (cold) coldTotal += cold.ms;
      if (!cold) measure('load', [lang], DEFAULT); // builds the tables if this machine has none yet
      const warm = measure('load', [lang], cold ? coldDir : DEFAULT);
      const old = withNspell ? measure('nspell', [lang], cache) : undefined;
      console.log(
        `${`${lang} (${dicts})`.padEnd(38)}${cold ? `   ${fmt(cold)}        ` : ''}   ${fmt(warm)}${old ? `   ${fmt(old)}` : ''}`,
      );
    }
    // all languages together, from where runs keep their tables (built there first if missing)
    measure('load', langs, DEFAULT);
    const all = measure('load', langs, DEFAULT);
    console.log(
      `${'all listed languages'.padEnd(38)}${warmOnly ? '' : `   ${`${(coldTotal / 1000).toFixed(2)} s (sum)`.padStart(17)}        `}   ${fmt(all)}`,
    );
    const spellingMs = all.loads.filter((l) => l.name.startsWith('spelling:')).reduce((s, l) => s + l.ms, 0);
    console.log(
      `warm, all languages: ${(all.ms / 1000).toFixed(2)} s in all, of which spelling tables ${(spellingMs / 1000).toFixed(2)} s; ` +
        `target <= 2 s: ${all.ms <= 2000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  printColdStarts(starts);
}

main();
