/**
 * @fileoverview Words written in two scripts: a Latin "K" inside a Cyrillic word, a Cyrillic "а"
 * inside an English one.
 *
 *   Kиїв оголосив          (Latin K + Cyrillic иїв)
 *   ^^^^ Hit!  suggestion: Київ
 *
 * Kind `nonword`: the bytes are valid (so not `mojibake`), but the word as written is not a word of
 * any language: search, spelling, sorting and speech all fail on it. Brand names and Latin words
 * standing between Cyrillic words (WhatsApp, NATO, iPhone-версія) are separate words and untouched.
 */
import { findMixedScriptWords } from '../../lang/mixed-script.js';
import { defineRule, type Finding } from '../types.js';
import { ownFields } from '../../analysis/spans.js';

export const mixedScript = defineRule({
  meta: {
    id: 'language/mixed-script',
    kind: 'nonword',
    mqm: 'Linguistic conventions/Spelling',
    severity: 'minor',
    description:
      'Words mixing Latin, Cyrillic or Greek letters (homoglyphs), with the repaired word when mechanical.',
    hasSuggestions: true,
    needs: [],
    messages: {
      homoglyph:
        '"{{word}}" mixes scripts: look-alike letters inside a {{script}} word; it should read "{{repaired}}"',
      mixed: '"{{word}}" mixes letters of different scripts',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { field, ft } of ownFields(ctx)) {
      for (const w of findMixedScriptWords(ft.text)) {
        if (w.repaired)
          out.push({
            messageId: 'homoglyph',
            data: { word: w.text, script: w.script, repaired: w.repaired },
            field,
            start: w.start,
            end: w.end,
            suggestion: w.repaired,
          });
        else out.push({ messageId: 'mixed', data: { word: w.text }, field, start: w.start, end: w.end });
      }
    }
    return out;
  },
});
