/**
 * Recall of the language rules on the labelled dev corpus (read at run time when present).
 * A hit is an issue of the labelled kind on the same field overlapping any occurrence of the label.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Article, Issue } from '../../src/model.js';
import { buildRuleContext, originalLanguage } from '../../src/pipeline/check-article.js';
import { loadResources } from '../../src/resources.js';
import { runRules } from '../../src/rules/engine.js';
import { LANGUAGE_RULES } from '../../src/rules/language/index.js';
import { readJsonl } from '../../bench/shared-data.js';

export const DEVSET = join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'devset');

interface Label {
  id: string;
  original: string | null;
  issues: { field: string; text: string; category: string; in?: string }[];
}

export interface KindRecall {
  hits: number;
  total: number;
  misses: string[];
}

/** Run the language rules on every republished article (with its labelled original) and measure recall per kind. */
export function devsetRecall(): { recall: Map<string, KindRecall>; issues: Map<string, Issue[]> } | null {
  if (!existsSync(DEVSET)) return null;
  const resources = loadResources();
  const config = DEFAULT_CONFIG;
  const originals = new Map(readJsonl<Article>(join(DEVSET, 'originals.jsonl')).map((o) => [o.id, o]));
  const labels = new Map(readJsonl<Label>(join(DEVSET, 'labels.jsonl')).map((l) => [l.id, l]));
  const recall = new Map<string, KindRecall>();
  const all = new Map<string, Issue[]>();
  for (const rec of readJsonl<Article>(join(DEVSET, 'republished.jsonl'))) {
    const article: Article = { ...rec, input: 'devset' };
    const label = labels.get(rec.id);
    const o = label?.original ? originals.get(label.original) : undefined;
    let matched = null;
    if (o) {
      const original: Article = { ...o, input: 'devset' };
      const lang = originalLanguage(original, config.languages);
      matched = { original, originalLang: lang, match: { id: o.id, lang, confidence: 1, method: 'gold' } };
    }
    const ctx = buildRuleContext(article, { resources, config }, matched);
    const issues = runRules(LANGUAGE_RULES, ctx);
    all.set(rec.id, issues);
    for (const li of label?.issues ?? []) {
      if (li.in === 'original') continue;
      const text = li.field === 'title' ? rec.title : rec.body;
      const spans: [number, number][] = [];
      for (let k = text.indexOf(li.text); k >= 0; k = text.indexOf(li.text, k + 1))
        spans.push([k, k + li.text.length]);
      const hit = issues.some(
        (i) =>
          i.kind === li.category && i.field === li.field && spans.some(([s, e]) => i.start < e && s < i.end),
      );
      const r = recall.get(li.category) ?? { hits: 0, total: 0, misses: [] };
      r.total++;
      if (hit) r.hits++;
      else r.misses.push(`${rec.id} ${li.field}: ${li.text.slice(0, 60)}`);
      recall.set(li.category, r);
    }
  }
  return { recall, issues: all };
}

// Run directly: print recall per kind and every issue.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = devsetRecall();
  if (!r) console.log(`dev corpus not found at ${DEVSET}`);
  else {
    for (const [id, issues] of r.issues)
      for (const i of issues)
        console.log(
          `${id} ${i.rule} ${i.field} [${i.text.slice(0, 70)}] ${i.suggestion ? '-> ' + i.suggestion.slice(0, 40) : ''}`,
        );
    for (const [k, v] of [...r.recall].sort())
      console.log(`${k.padEnd(15)} ${v.hits}/${v.total}  ${v.misses.join(' | ')}`);
  }
}
