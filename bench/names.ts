/**
 * Names and non-words: recall on the labelled dev corpus and false alarms on clean text.
 *
 *   node --import tsx bench/names.ts            (npm run bench:names)
 *
 * Dev corpus: recall of `name` and `nonword` labels (a hit is an issue of that kind on the same field
 * overlapping any occurrence of the labelled text), issues on clean (`ok`) articles. The gold
 * original is handed in, so the numbers measure the rules, not the matcher.
 * Clean text: WMT22 human reference translations (with their uk/ru originals) and the NTREX English
 * originals (no original): issues per 1,000 words and the share of documents flagged.
 * Data is read at run time from the folder beside the project; missing data is skipped.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config/config.js';
import type { Issue } from '../src/model.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';

const NAMES_IDS = ['fidelity/name-mismatch', 'fluency/name-form', 'fluency/nonword', 'fidelity/false-friend'];
const NAMES_RULES = RULES.filter((r) => NAMES_IDS.includes(r.meta.id));
import { countWords } from '../src/text/segment.js';
import { readJsonl } from './shared-data.js';
import { checkRecord } from './gold-check.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const config = resolveConfig({});
const resources = loadResources();

interface Rec {
  id: string;
  title: string;
  body: string;
  lang?: string;
}
interface Label {
  id: string;
  original: string | null;
  article: 'ok' | 'garbled';
  issues: { field: string; text: string; category: string; in?: string }[];
}

function check(rec: Rec, orig: Rec | null): Issue[] {
  return checkRecord(rec, orig, NAMES_RULES, { resources, config }).issues;
}

function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

function devset(): void {
  const dir = `${SHARED}devset/`;
  if (!existsSync(`${dir}labels.jsonl`)) return console.log('devset: skipped (not found)');
  const originals = new Map(readJsonl<Rec>(`${dir}originals.jsonl`).map((r) => [r.id, r]));
  const republished = new Map(readJsonl<Rec>(`${dir}republished.jsonl`).map((r) => [r.id, r]));
  const labels = readJsonl<Label>(`${dir}labels.jsonl`);
  const hits: Record<string, [number, number]> = { name: [0, 0], nonword: [0, 0], mistranslation: [0, 0] };
  let okArticles = 0;
  let okIssues = 0;
  let unlabelled = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  for (const label of labels) {
    const rec = republished.get(label.id)!;
    const orig = label.original ? (originals.get(label.original) ?? null) : null;
    const issues = check(rec, orig);
    if (label.article === 'ok') {
      okArticles++;
      okIssues += issues.length;
      for (const i of issues)
        falses.push(`  ok ${label.id} ${i.rule}/${i.messageId} ${JSON.stringify(i.text)}`);
      continue;
    }
    for (const l of label.issues) {
      if (!(l.category in hits) || l.in === 'original') continue;
      const text = l.field === 'title' ? rec.title : rec.body;
      const spans = occurrences(text, l.text);
      const hit = issues.some(
        (i) =>
          i.kind === l.category && i.field === l.field && spans.some(([s, e]) => i.start < e && s < i.end),
      );
      hits[l.category]![1]++;
      if (hit) hits[l.category]![0]++;
      else misses.push(`  miss ${label.id} ${l.category} ${JSON.stringify(l.text)}`);
    }
    for (const i of issues) {
      const labelled = label.issues.some((l) => {
        if (l.field !== i.field) return false;
        const text = l.field === 'title' ? rec.title : rec.body;
        return occurrences(text, l.text).some(([s, e]) => i.start < e && s < i.end);
      });
      if (!labelled) {
        unlabelled++;
        falses.push(`  unlabelled ${label.id} ${i.rule}/${i.messageId} ${JSON.stringify(i.text)}`);
      }
    }
  }
  console.log('devset (gold originals)');
  for (const [k, [h, n]] of Object.entries(hits)) console.log(`  recall ${k}: ${h}/${n} (${pct(h, n)})`);
  console.log(
    `  issues on ok articles: ${okIssues} over ${okArticles} (${(okIssues / okArticles).toFixed(2)} per article)`,
  );
  console.log(`  issues on garbled articles outside any label: ${unlabelled}`);
  if (process.argv.includes('--verbose')) console.log([...misses, ...falses].join('\n'));
}

function clean(name: string, path: string, originalsPath: string | null, limit = Infinity): void {
  if (!existsSync(path)) return console.log(`${name}: skipped (not found)`);
  const originals = originalsPath ? new Map(readJsonl<Rec>(originalsPath).map((r) => [r.id, r])) : null;
  const recs = readJsonl<Rec>(path).slice(0, limit);
  let words = 0;
  let flaggedDocs = 0;
  const byRule = new Map<string, number>();
  const examples: string[] = [];
  const t0 = performance.now();
  for (const rec of recs) {
    const orig = originals ? (originals.get(rec.id.split('@')[0]!) ?? null) : null;
    const issues = check(rec, orig);
    words += countWords(rec.title, 'en') + countWords(rec.body, 'en');
    if (issues.length) flaggedDocs++;
    for (const i of issues) {
      byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
      if (examples.length < 40) examples.push(`  ${rec.id} ${i.messageId} ${i.message}`);
    }
  }
  const ms = performance.now() - t0;
  const total = [...byRule.values()].reduce((a, b) => a + b, 0);
  console.log(`${name}: ${recs.length} docs, ${words} words, ${(ms / recs.length).toFixed(1)} ms/doc`);
  console.log(
    `  issues per 1,000 words: ${((1000 * total) / words).toFixed(2)}; documents flagged: ${pct(flaggedDocs, recs.length)}`,
  );
  for (const [rule, n] of [...byRule].sort())
    console.log(`  ${rule}: ${n} (${((1000 * n) / words).toFixed(2)} per 1,000 words)`);
  if (process.argv.includes('--verbose')) console.log(examples.join('\n'));
}

devset();
clean(
  'wmt22 human references (with originals)',
  `${SHARED}benchmarks/wmt22/republished/ref.jsonl`,
  `${SHARED}benchmarks/wmt22/originals.jsonl`,
);
clean('wmt22 human references (originals withheld)', `${SHARED}benchmarks/wmt22/republished/ref.jsonl`, null);
clean('ntrex English originals (no original)', `${SHARED}benchmarks/ntrex/originals.jsonl`, null);
