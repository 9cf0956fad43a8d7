/**
 * `npm run bench:resources`: how long the run's resources take to load and how much memory they hold,
 * per language and for all default languages together, each measured in a fresh process:
 *
 * - cold: no spelling table on disk, so each dictionary is expanded from its Hunspell files (once per
 *   dictionary version on a machine);
 * - warm: the tables are on disk (every later run);
 * - nspell (with `--nspell`): the previous backend, nspell loading the same dictionaries, for comparison.
 *
 * Options: `--warm` (skip the cold runs), `--nspell`, `--lang en,fr` (languages to measure).
 * RSS is the process's resident memory after loading minus before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
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

const fmt = (s: Sample | undefined): string =>
  s ? `${(s.ms / 1000).toFixed(2).padStart(7)} s ${s.rssMb.toFixed(0).padStart(5)} MB` : '       -         -';

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!.split(',').filter(Boolean), args[3]!);
  const warmOnly = args.includes('--warm');
  const withNspell = args.includes('--nspell');
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
}

main();
