/**
 * @fileoverview Calques: English phrases machine translation builds word by word from an idiom of
 * the source language ("increased in 2.5 times", "beat on the alarm", "Ports of Big Odesa", "falls
 * a 40%"), from `corpora/lexicons/calques.<source>-<target>.txt`, with the idiomatic rendering as
 * the suggestion. No original is needed: the phrase is wrong in the target language itself.
 *
 * The source language is the original's when there is one (only that pair's calques apply); for an
 * article without a known original every pair into the article's language applies except entries
 * marked as needing the source (phrases that are also ordinary English in other senses). A place
 * slot (`Big <place>`) only matches a known place, so "Big Ben" and "Big Tech" stay clean.
 */
import { calques } from '../../resources/calques.js';
import { vocabulary } from '../../resources/vocabulary.js';
import type { FieldText } from '../../text/field.js';
import { defineRule, type Finding } from '../types.js';

function fill(template: string, groups: Record<string, string | undefined> | undefined): string {
  return template.replace(/<(num|place)>/g, (m, slot: string) => groups?.[slot] ?? m);
}

export const calque = defineRule({
  meta: {
    id: 'fluency/calque',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description:
      'Word-by-word renderings of source-language idioms ("in 2.5 times", "beat on the alarm", "Big Odesa"), per language pair; a place slot needs a known place.',
    hasSuggestions: true,
    needs: [],
    messages: {
      calque: '"{{text}}" is a word-by-word rendering of {{evidence}}; in English: {{right}}',
    },
  },
  check(ctx) {
    const source = ctx.original?.lang ?? null;
    const vocab = vocabulary(ctx.resources);
    const findings: Finding[] = [];
    // several pairs share a calque ("in 2.5 times" from Ukrainian and Russian): report a span once
    const seen = new Set<string>();
    const scan = (ft: FieldText): void => {
      for (const c of calques(ctx.resources)) {
        if (c.target !== ft.lang) continue;
        if (source ? c.source !== source : c.needsSource) continue;
        for (const m of ft.text.matchAll(c.regex)) {
          const place = m.groups?.['place'];
          if (place !== undefined && !(/^\p{Lu}/u.test(place) && vocab.isName(place))) continue;
          const key = `${ft.field}:${m.index}:${m[0].length}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const right = fill(c.right, m.groups);
          findings.push({
            messageId: 'calque',
            field: ft.field,
            start: m.index,
            end: m.index + m[0].length,
            data: { text: m[0], evidence: c.evidence, right },
            suggestion: right.split(/[,(]/)[0]!.trim(),
          });
        }
      }
    };
    scan(ctx.title);
    scan(ctx.body);
    return findings;
  },
});
