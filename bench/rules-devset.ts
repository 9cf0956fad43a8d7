/**
 * Measures the surface rules on labelled and on clean text, read at run time (nothing is copied):
 *
 * - the labelled dev corpus (`../shared/devset`): recall per issue kind the surface rules cover (a hit
 *   is an issue of that kind on the same field overlapping the labelled text), issues on the `ok`
 *   articles, and issues on garbled articles that overlap no label at all;
 * - professional human translations that should pass (`../shared/benchmarks/wmt22/republished/ref.jsonl`
 *   and the NTREX uk/ru translations): how many documents the rules flag.
 *
 * Run: node --import tsx bench/rules-devset.ts [--verbose] [--mt]
 * (`--mt` also runs the WMT22 machine translations, which are unlabelled: read what fires with --verbose)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveConfig } from '../src/config/config.js';
import type { Issue } from '../src/model.js';
import { loadResources } from '../src/resources.js';
import { RULES, SURFACE_RULE_IDS } from '../src/rules/registry.js';
import { readJsonl } from './shared-data.js';
import { checkRecord } from './gold-check.js';

const SURFACE_RULES = RULES.filter((r) => SURFACE_RULE_IDS.includes(r.meta.id));

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const DEVSET = join(SHARED, 'devset');
const WMT_DIR = join(SHARED, 'benchmarks/wmt22/republished');
const WMT_REF = join(WMT_DIR, 'ref.jsonl');
const WMT_ORIGINALS = join(SHARED, 'benchmarks/wmt22/originals.jsonl');
const NTREX = join(SHARED, 'benchmarks/ntrex/republished');
const NTREX_ORIGINALS = join(SHARED, 'benchmarks/ntrex/originals.jsonl');
const AEB = join(SHARED, 'benchmarks/aeb/ground-truth.json');
export const KINDS = ['repetition', 'markup', 'boilerplate', 'truncation', 'language'] as const;
const verbose = process.argv.includes('--verbose');

interface Record_ {
  id: string;
  title: string;
  body: string;
  lang?: string;
}
interface Label {
  id: string;
  article: 'ok' | 'garbled';
  issues: { field: 'title' | 'body'; text: string; category: string; in?: string }[];
}

const config = resolveConfig({});
const resources = loadResources();

/** Run the surface rules on one record, with its known original when there is one. */
function check(r: Record_, original?: Record_): Issue[] {
  return checkRecord(r, original?.lang ? original : null, SURFACE_RULES, { resources, config }).issues;
}

/** Originals by id, for records named `<original id>@<version>`. */
function originalsOf(path: string): Map<string, Record_> {
  return existsSync(path) ? new Map(readJsonl<Record_>(path).map((o) => [o.id, o])) : new Map();
}

function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 70 ? `${one.slice(0, 67)}...` : one;
}

export interface DevsetMetrics {
  found: Record<string, number>;
  total: Record<string, number>;
  okIssues: number;
  okArticlesFlagged: number;
  unlabelled: number;
}

/** Measure the surface rules on the labelled dev corpus; null when it is not there. */
export function measureDevset(
  dir: string = DEVSET,
  log: (line: string) => void = () => {},
): DevsetMetrics | null {
  if (!existsSync(join(dir, 'labels.jsonl'))) return null;
  const records = readJsonl<Record_>(join(dir, 'republished.jsonl'));
  const labels = new Map(readJsonl<Label>(join(dir, 'labels.jsonl')).map((l) => [l.id, l]));
  const found: Record<string, number> = {};
  const total: Record<string, number> = {};
  let okIssues = 0;
  let okArticlesFlagged = 0;
  let unlabelled = 0;
  for (const r of records) {
    const label = labels.get(r.id);
    if (!label) throw new Error(`devset: no label for ${r.id}`);
    const issues = check(r);
    const fieldText = (f: string): string => (f === 'title' ? r.title : r.body);
    for (const li of label.issues) {
      if (li.in === 'original' || !(KINDS as readonly string[]).includes(li.category)) continue;
      total[li.category] = (total[li.category] ?? 0) + 1;
      const spans = occurrences(fieldText(li.field), li.text);
      const hit = issues.some(
        (i) =>
          i.kind === li.category && i.field === li.field && spans.some(([s, e]) => i.start < e && s < i.end),
      );
      if (hit) found[li.category] = (found[li.category] ?? 0) + 1;
      else log(`  miss ${r.id} ${li.category} ${li.field}: ${short(li.text)}`);
    }
    if (label.article === 'ok') {
      okIssues += issues.length;
      if (issues.length) okArticlesFlagged++;
      for (const i of issues)
        log(`  FALSE (ok article) ${r.id} ${i.rule}/${i.messageId} ${i.field}: ${short(i.text)}`);
    } else {
      for (const i of issues) {
        const labelled = label.issues.some(
          (li) =>
            li.field === i.field &&
            occurrences(fieldText(li.field), li.text).some(([s, e]) => i.start < e && s < i.end),
        );
        if (!labelled) {
          unlabelled++;
          log(`  unlabelled ${r.id} ${i.rule}/${i.messageId} ${i.field}: ${short(i.text)}`);
        }
      }
    }
  }
  return { found, total, okIssues, okArticlesFlagged, unlabelled };
}

function devset(): void {
  const m = measureDevset(DEVSET, (line) => console.log(line));
  if (!m) {
    console.log(`devset: skipped (no ${DEVSET})`);
    return;
  }
  console.log('devset recall (labelled issues hit by an issue of the same kind):');
  for (const k of KINDS) console.log(`  ${k.padEnd(12)} ${m.found[k] ?? 0}/${m.total[k] ?? 0}`);
  console.log(`devset ok articles: ${m.okIssues} issues, ${m.okArticlesFlagged} articles flagged`);
  console.log(`devset garbled articles: ${m.unlabelled} issues overlapping no label`);
}

/** The AEB ground-truth article bodies (real web articles, no headlines) as records. */
function aebRecords(path: string): Record_[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(data).map(([id, v]) => ({ id, title: '', body: v.articleBody }));
}

function clean(
  name: string,
  paths: string[],
  read: (p: string) => Record_[] = readJsonl<Record_>,
  originals: Map<string, Record_> = new Map(),
): void {
  const present = paths.filter((p) => existsSync(p));
  if (present.length === 0) {
    console.log(`${name}: skipped (not found)`);
    return;
  }
  let docs = 0;
  let flagged = 0;
  const byRule: Record<string, number> = {};
  for (const p of present) {
    for (const r of read(p)) {
      docs++;
      const issues = check(r, originals.get(r.id.split('@')[0] ?? ''));
      if (issues.length) flagged++;
      for (const i of issues) {
        byRule[`${i.rule}/${i.messageId}`] = (byRule[`${i.rule}/${i.messageId}`] ?? 0) + 1;
        if (verbose) console.log(`  ${r.id} ${i.rule}/${i.messageId} ${i.field}: ${short(i.text)}`);
      }
    }
  }
  console.log(`${name}: ${flagged}/${docs} documents flagged`, byRule);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  devset();
  clean('wmt22 human references (en)', [WMT_REF]);
  clean(
    'wmt22 human references (en), with their originals',
    [WMT_REF],
    readJsonl<Record_>,
    originalsOf(WMT_ORIGINALS),
  );
  clean(
    'ntrex human translations (uk, ru), with their originals',
    [join(NTREX, 'uk.jsonl'), join(NTREX, 'ru.jsonl')],
    readJsonl<Record_>,
    originalsOf(NTREX_ORIGINALS),
  );
  clean('aeb hand-checked web article bodies', [AEB], aebRecords);
  if (process.argv.includes('--mt')) {
    // machine translations of the same documents: not labelled, read the listing with --verbose
    const systems = existsSync(WMT_DIR)
      ? readdirSync(WMT_DIR).filter((f) => f.endsWith('.jsonl') && f !== 'ref.jsonl')
      : [];
    clean(
      'wmt22 machine translations (en), with their originals',
      systems.map((f) => join(WMT_DIR, f)),
      readJsonl<Record_>,
      originalsOf(WMT_ORIGINALS),
    );
  }
  console.log(`(${Math.round(performance.now() - t0)} ms)`);
}
