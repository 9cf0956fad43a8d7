/**
 * The damage harness: realistic machine-translation failures injected into professional
 * translations, one per copy, and what syndiq makes of them.
 *
 * For every damage type: recall (the damaged copy draws an issue its clean copy does not) and how
 * often the damaged copy scores below its clean copy (score, then MQM penalty points as the tie
 * breaker when both scores are at the floor). Then the false-alarm rate on the clean professional
 * translations themselves (share of documents with a verdict other than pass) with per-rule counts.
 *
 * Per rule on the clean professional translations: findings, documents with a finding, and documents
 * the rule alone takes out of pass (their verdict without that rule's findings would be pass). Every
 * finding there counts as false: the translations are professional references.
 *
 * Reads ../shared/benchmarks (WMT22 references uk/ru→en, NTREX en→uk/ru) at run time and skips with
 * a message when it is absent.
 * "scored lower" is the pairwise figure: the share of damaged copies that score below their clean copy,
 * per type and over all types.
 * Run: npm run bench:damage [-- --limit N] [--verbose] [--false-alarms] [--clean-only]
 *   --verbose       list every damaged copy that drew no new issue (the misses), with the damaged text
 *                   around the change
 *   --false-alarms  list every clean translation not passing, with its findings
 *   --clean-only    measure the false alarms only (no damaged copies)
 *   --only TEXT     only the damage types whose name contains TEXT
 */
import { join } from 'node:path';
import { resolveConfig } from '../src/config/config.js';
import type { Issue } from '../src/model.js';
import { loadResources } from '../src/resources.js';
import { RULES } from '../src/rules/registry.js';
import { penaltyPoints, scoreArticle } from '../src/score/mqm.js';
import { countWords } from '../src/text/segment.js';
import { damageTypes, type Doc } from './damage/damages.js';
import { committedLexicalResources } from '../src/meaning/lexical.js';
import { BENCHMARKS_DIR, readJsonl, requireData } from './shared-data.js';
import { checkRecord } from './gold-check.js';

interface Record_ {
  id: string;
  title: string;
  body: string;
  lang?: string;
}
interface Truth {
  id: string;
  original: string;
  system: string;
  lang: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const listFalseAlarms = args.includes('--false-alarms');
const cleanOnly = args.includes('--clean-only');
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? (args[onlyArg + 1] ?? '') : '';
const limitArg = args.indexOf('--limit');
const LIMIT = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;

const config = resolveConfig({});
const resources = loadResources();

interface Pair {
  id: string;
  clean: Record_;
  original: Record_ & { lang: string };
  lang: string;
}

function loadPairs(folder: string, files: string[]): Pair[] {
  const dir = join(BENCHMARKS_DIR, folder);
  const originals = new Map(readJsonl<Record_>(join(dir, 'originals.jsonl')).map((o) => [o.id, o]));
  const truth = new Map(readJsonl<Truth>(join(dir, 'truth.jsonl')).map((t) => [t.id, t]));
  const out: Pair[] = [];
  for (const f of files)
    for (const r of readJsonl<Record_>(join(dir, 'republished', f))) {
      const t = truth.get(r.id);
      const o = t && originals.get(t.original);
      if (!t || !o?.lang || (t.system !== 'ref' && folder === 'wmt22')) continue;
      out.push({ id: r.id, clean: r, original: { ...o, lang: o.lang }, lang: t.lang });
    }
  return out;
}

interface Checked {
  issues: Issue[];
  score: number;
  penalty: number;
  verdict: string;
}

function check(doc: Doc, pair: Pair, without?: string): Checked {
  const rules = without ? RULES.filter((r) => r.meta.id !== without) : RULES;
  const record = { id: pair.id, title: doc.title, body: doc.body, lang: pair.lang };
  const { ctx, issues } = checkRecord(record, pair.original, rules, { resources, config }, true);
  const words = { title: countWords(doc.title, ctx.title.lang), body: countWords(doc.body, ctx.body.lang) };
  const scores = scoreArticle(issues, words, config.scoring);
  return {
    issues,
    score: scores.article.score,
    penalty: penaltyPoints(issues, config.scoring.points),
    verdict: scores.article.verdict,
  };
}

/** The damaged text around its first change, for the listing of misses. */
function around(clean: string, damaged: string): string {
  let i = 0;
  while (i < clean.length && clean[i] === damaged[i]) i++;
  return `…${damaged.slice(Math.max(0, i - 100), i + 80).replace(/\s+/g, ' ')}…`;
}

const issueKey = (i: Issue): string => `${i.rule}|${i.field}|${i.text}`;

requireData(BENCHMARKS_DIR, 'the benchmarks folder');
const pairs = [...loadPairs('wmt22', ['ref.jsonl']), ...loadPairs('ntrex', ['uk.jsonl', 'ru.jsonl'])];
console.log(`${pairs.length} professional translations (WMT22 references uk/ru→en, NTREX en→uk/ru)\n`);

// the clean copies: false alarms
const clean = new Map<string, Checked>();
interface RuleTally {
  findings: number;
  documents: number;
  /** Documents whose verdict would be pass without this rule's findings. */
  decisive: number;
}
const byRule = new Map<string, RuleTally>();
let flagged = 0;
for (const p of pairs) {
  const c = check(p.clean, p);
  clean.set(p.id, c);
  if (c.verdict !== 'pass') flagged++;
  for (const i of c.issues) {
    const t = byRule.get(i.rule) ?? { findings: 0, documents: 0, decisive: 0 };
    t.findings++;
    byRule.set(i.rule, t);
  }
  const rules = new Set(c.issues.map((i) => i.rule));
  for (const rule of rules) {
    const t = byRule.get(rule)!;
    t.documents++;
    if (c.verdict !== 'pass' && check(p.clean, p, rule).verdict === 'pass') t.decisive++;
  }
  if (listFalseAlarms && c.verdict !== 'pass') {
    console.log(`${p.id} (${p.original.lang}→${p.lang}): ${c.verdict} ${c.score}`);
    for (const i of c.issues) {
      const text = i.text.replace(/\s+/g, ' ');
      console.log(
        `  ${i.rule} ${i.severity} ${i.field}: "${text.length > 160 ? `${text.slice(0, 157)}...` : text}" — ${i.message}`,
      );
    }
  }
}

if (!cleanOnly) reportDamage();
reportFalseAlarms();

function reportDamage(): void {
  console.log('damage type                 copies  recall  scored lower  (by score alone)  caught by');
  const shortfalls: string[] = [];
  const total = { copies: 0, caught: 0, lower: 0 };
  for (const { name, damage, anyLanguage } of damageTypes(committedLexicalResources(), resources)) {
    if (ONLY && !name.includes(ONLY)) continue;
    let copies = 0;
    let caught = 0;
    let lower = 0;
    let lowerScore = 0;
    const catchers = new Map<string, number>();
    for (let k = 0; k < pairs.length && copies < LIMIT; k++) {
      const p = pairs[k]!;
      if (!anyLanguage && p.lang !== 'en') continue;
      // another article's paragraph: the next translation in the same language
      const other =
        pairs.slice(k + 1).find((q) => q.lang === p.lang && q.original.id !== p.original.id) ??
        pairs.find((q) => q.lang === p.lang && q.original.id !== p.original.id);
      const damaged = damage(p.clean, other?.clean ?? p.clean, p.lang, p.original);
      if (!damaged) continue;
      copies++;
      const before = clean.get(p.id)!;
      const after = check(damaged, p);
      const known = new Set(before.issues.map(issueKey));
      const fresh = after.issues.filter((i) => !known.has(issueKey(i)));
      if (fresh.length) {
        caught++;
        for (const rule of new Set(fresh.map((i) => i.rule)))
          catchers.set(rule, (catchers.get(rule) ?? 0) + 1);
      }
      if (after.score < before.score) lowerScore++;
      if (after.score < before.score || (after.score === before.score && after.penalty > before.penalty))
        lower++;
      if (verbose && !fresh.length)
        console.log(`  missed ${name}: ${p.id}: ${damaged.note}\n    ${around(p.clean.body, damaged.body)}`);
    }
    total.copies += copies;
    total.caught += caught;
    total.lower += lower;
    const recall = copies ? caught / copies : 0;
    const lowerShare = copies ? lower / copies : 0;
    if (recall < 0.8 || lowerShare < 0.95) shortfalls.push(name);
    const by = [...catchers]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    console.log(
      `${name.padEnd(27)} ${String(copies).padStart(6)}  ${recall.toFixed(2).padStart(6)}  ${(lowerShare * 100).toFixed(0).padStart(11)}%  ${(copies ? (lowerScore / copies) * 100 : 0).toFixed(0).padStart(15)}%  ${by}`,
    );
  }
  if (total.copies)
    console.log(
      `${'all types'.padEnd(27)} ${String(total.copies).padStart(6)}  ${(total.caught / total.copies).toFixed(2).padStart(6)}  ${((total.lower / total.copies) * 100).toFixed(0).padStart(11)}%`,
    );
  console.log(
    `\nbelow target (recall >= 0.8, damaged lower in >= 95% of pairs): ${shortfalls.join(', ') || 'none'}`,
  );
}

function reportFalseAlarms(): void {
  console.log(
    `\nfalse alarms on the clean professional translations: ${flagged}/${pairs.length} (${((flagged / pairs.length) * 100).toFixed(1)}%) get a verdict other than pass`,
  );
  console.log(
    'by rule (every finding on this text is false): findings, documents, documents taken out of pass',
  );
  for (const [rule, t] of [...byRule].sort((a, b) => b[1].documents - a[1].documents))
    console.log(
      `  ${rule.padEnd(34)} ${String(t.findings).padStart(4)} ${String(t.documents).padStart(4)} ${String(t.decisive).padStart(4)}`,
    );
}
