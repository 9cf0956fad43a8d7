/**
 * Addition benchmark: the `fidelity/addition` rule alone on the labelled dev corpus (recall of
 * labelled additions, issues on clean articles) and on human reference translations, where every
 * addition issue is a false alarm. Run: node --import tsx bench/addition.ts [--verbose]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { identifyArticle } from '../src/lang/identify.js';
import { KeyOriginalsIndex } from '../src/match/index.js';
import type { Article, Issue } from '../src/model.js';
import { buildRuleContext } from '../src/pipeline/check-article.js';
import { loadResources } from '../src/resources.js';
import { runRules } from '../src/rules/engine.js';
import { addition } from '../src/rules/fidelity/addition.js';
import { BENCHMARKS_DIR, DEVSET_DIR, readJsonl } from './shared-data.js';

const verbose = process.argv.includes('--verbose');
const config = DEFAULT_CONFIG;
const resources = loadResources();

type Record_ = Omit<Article, 'input'>;

interface Label {
  id: string;
  original: string | null;
  article: 'ok' | 'garbled';
  issues: { field: string; text: string; category: string; in?: string }[];
}

/** Run the rule on an article checked against a given original (null: the matcher's choice). */
function check(a: Article, original: Article | null, index: KeyOriginalsIndex | null): Issue[] {
  const language = identifyArticle(a, config.languages);
  let matched = null;
  if (original) {
    const lang = original.lang ?? 'und';
    matched = {
      original,
      originalLang: lang,
      match: { id: original.id, lang, confidence: 1, method: 'truth' },
    };
  } else if (index) matched = index.match(a, language);
  const ctx = buildRuleContext(a, { resources, config }, matched, language);
  return ctx.original && ctx.alignment ? runRules([addition], ctx) : [];
}

function devset(): void {
  if (!existsSync(join(DEVSET_DIR, 'labels.jsonl'))) {
    console.log(`devset skipped: not found at ${DEVSET_DIR}`);
    return;
  }
  const originals = readJsonl<Record_>(join(DEVSET_DIR, 'originals.jsonl')).map((r) => ({
    ...r,
    input: 'dev',
  }));
  const republished = readJsonl<Record_>(join(DEVSET_DIR, 'republished.jsonl'));
  const labels = new Map(readJsonl<Label>(join(DEVSET_DIR, 'labels.jsonl')).map((l) => [l.id, l]));
  const index = new KeyOriginalsIndex(originals, config);
  let labelled = 0;
  let hit = 0;
  let cleanIssues = 0;
  let cleanArticles = 0;
  let issuesTotal = 0;
  let offLabel = 0;
  for (const r of republished) {
    const a: Article = { ...r, input: 'dev' };
    const label = labels.get(a.id)!;
    const issues = check(a, null, index);
    issuesTotal += issues.length;
    const spans = (text: string): [number, number][] => {
      const out: [number, number][] = [];
      for (let i = a.body.indexOf(text); text && i >= 0; i = a.body.indexOf(text, i + 1))
        out.push([i, i + text.length]);
      return out;
    };
    const overlaps = (i: Issue, s: [number, number][]): boolean =>
      s.some(([x, y]) => i.start < y && x < i.end);
    for (const l of label.issues) {
      if (l.category !== 'addition' || l.field !== 'body') continue;
      labelled++;
      if (issues.some((i) => i.field === 'body' && overlaps(i, spans(l.text)))) hit++;
    }
    for (const i of issues) {
      if (!label.issues.some((l) => l.field === 'body' && !l.in && overlaps(i, spans(l.text)))) offLabel++;
      if (verbose) console.log(`  ${a.id} ${i.messageId} "${i.text.slice(0, 80)}"`);
    }
    if (label.article === 'ok') {
      cleanArticles++;
      cleanIssues += issues.length;
    }
  }
  console.log(
    `devset: addition recall ${hit}/${labelled}; issues ${issuesTotal} (${offLabel} on no labelled span); ` +
      `issues on clean articles ${cleanIssues} (on ${cleanArticles})`,
  );
}

function references(): void {
  const sets: [string, string, string][] = [
    ['wmt22', 'republished/ref.jsonl', 'wmt22/originals.jsonl'],
    ['ntrex', 'republished/uk.jsonl', 'ntrex/originals.jsonl'],
    ['ntrex', 'republished/ru.jsonl', 'ntrex/originals.jsonl'],
  ];
  if (!sets.every(([f, r]) => existsSync(join(BENCHMARKS_DIR, f, r)))) {
    console.log(`references skipped: wmt22/ntrex not found at ${BENCHMARKS_DIR}`);
    return;
  }
  let docs = 0;
  let flagged = 0;
  for (const [folder, rel, origRel] of sets) {
    const originals = new Map(
      readJsonl<Record_>(join(BENCHMARKS_DIR, origRel)).map((r) => [r.id, { ...r, input: folder }]),
    );
    const truth = new Map(
      readJsonl<{ id: string; original: string | null }>(join(BENCHMARKS_DIR, folder, 'truth.jsonl')).map(
        (t) => [t.id, t.original],
      ),
    );
    let setDocs = 0;
    let setFlagged = 0;
    for (const r of readJsonl<Record_>(join(BENCHMARKS_DIR, folder, rel))) {
      const o = originals.get(truth.get(r.id) ?? '');
      if (!o) continue;
      setDocs++;
      const issues = check({ ...r, input: rel }, o, null);
      if (issues.length) setFlagged++;
      if (verbose) for (const i of issues) console.log(`  ${r.id} "${i.message}" "${i.text.slice(0, 100)}"`);
    }
    console.log(`${folder}/${rel}: ${setFlagged} of ${setDocs} documents with an addition issue`);
    docs += setDocs;
    flagged += setFlagged;
  }
  const share = docs ? (100 * flagged) / docs : 0;
  console.log(
    `references: ${flagged} of ${docs} documents with an addition issue (${share.toFixed(2)}%; bar 1%)`,
  );
}

devset();
references();
