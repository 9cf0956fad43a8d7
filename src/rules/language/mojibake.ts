/**
 * @fileoverview Encoding damage: UTF-8 text read as Windows-1252, ISO-8859-1 or Windows-1251.
 *
 *   The province of JaÃ©n alone     → Jaén
 *                   ^^^^^ Hit!
 *   "ÐšÐ¾Ð·Ð°Ðº ÐœÐ°Ð¼Ð°Ð¹"           → Козак Мамай
 *
 * Leaves alone genuine accented and Cyrillic words (Jaén, für, Україна), € and typographic quotes:
 * only a repair that decodes to valid UTF-8 letters and punctuation is reported.
 */
import { findMojibake } from '../../lang/mojibake.js';
import { defineRule, type Finding } from '../types.js';
import { ownFields } from '../../analysis/spans.js';

export const mojibake = defineRule({
  meta: {
    id: 'language/mojibake',
    kind: 'mojibake',
    mqm: 'Linguistic conventions/Character encoding',
    severity: 'major',
    description:
      'UTF-8 text decoded with the wrong code page ("Ã©", "â€™", "Ð£ÐºÑ€Ð°Ñ—Ð½Ð°"), with the repaired text.',
    hasSuggestions: true,
    needs: [],
    messages: {
      mojibake: 'Encoding damage: "{{text}}" is UTF-8 read as {{encoding}}; it should read "{{repaired}}"',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { field, ft } of ownFields(ctx)) {
      for (const m of findMojibake(ft.text)) {
        // A damaged span of several words hides their meaning; a damaged quote mark does not.
        const letters = [...m.repaired].filter((c) => /\p{L}/u.test(c)).length;
        out.push({
          messageId: 'mojibake',
          data: { text: m.text, encoding: m.encoding, repaired: m.repaired },
          field,
          start: m.start,
          end: m.end,
          suggestion: m.repaired,
          severity: letters >= 12 ? 'critical' : letters > 0 ? 'major' : 'minor',
        });
      }
    }
    return out;
  },
});
