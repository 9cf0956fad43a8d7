/**
 * @fileoverview A number of the original that the republished text changed or lost: 1895 → 1985,
 * 256 → 265, 2:08:41 → 2:08:14, 98,6 млн → 986 million, the 71st minute → the 17th.
 *
 * Numbers are compared by value within aligned paragraphs, in every reading a format allows, so
 * these are left alone: "98,6 млн грн" / "UAH 98.6 million", "18,4 тис. тонн" / "18,400 tonnes",
 * "18 400" / "18.400", "42,195 km" / "42.195 km", "38 тысяч" / "38 thousand". A number is never
 * reported lost when its value appears anywhere in the republished text (translations move numbers
 * between paragraphs). Also left alone: small numbers (up to twelve) that a translation may spell out
 * ("6-1" / "six to one", "двоих" / "two") and decades ("1990s" / "los años noventa"), numbers in imperial units that a translation converts ("85 mph", "550 pound"), and numbers the republished text adds (leaked CSS pixel
 * sizes, related-post dates): those are other rules' business.
 */
import { extractNumbers, numberKeys, type NumberMention } from '../../text/numbers.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { alignedGroups, pick } from '../../analysis/aligned-groups.js';

/**
 * Imperial units that a translation legitimately converts ("85 mph" → "137 km/h", "550 pound" →
 * "295 kg"): a lost number followed by one is not reported.
 */
const IMPERIAL =
  /^[\s\u00a0-]*(?:mph|miles?|mi\b|feet|foot|ft\b|inch|inches|in\.|pounds?|lbs?\b|ounces?|oz\b|gallons?|acres?|yards?|yd\b|°\s?F\b|degrees? Fahrenheit|F\b)/iu;

/** "1990s", "1990-х", "1990er": decades are often written as words ("los años noventa"). */
const DECADE = /^(?:'?s|-?х|-?ті|-?е|er)(?!\p{L})/u;
/** Numbers up to this are often written as words in a translation. */
const SPELLED_OUT_MAX = 12;

function digitsOf(n: NumberMention): string {
  return n.text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

function sortedDigits(n: NumberMention): string {
  return [...digitsOf(n)].sort().join('');
}

/** Typical slips: the same digits reordered or a separator misread (58.7 → 5,87), or one digit off. */
function looksLikeSlip(a: NumberMention, b: NumberMention): boolean {
  const da = digitsOf(a);
  const db = digitsOf(b);
  if (sortedDigits(a) === sortedDigits(b)) return true;
  if (da.length !== db.length || da.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  return diff <= 1;
}

function keysOfText(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of extractNumbers(text)) for (const k of numberKeys(n)) out.add(k);
  return out;
}

function hasAny(keys: ReadonlySet<string>, n: NumberMention): boolean {
  return numberKeys(n).some((k) => keys.has(k));
}

function spelledOutCandidate(n: NumberMention): boolean {
  return n.kind === 'number' && n.values.every((v) => Number.isInteger(v) && v >= 0 && v <= SPELLED_OUT_MAX);
}

export const numberMismatch = defineRule({
  meta: {
    id: 'fidelity/number-mismatch',
    kind: 'number',
    mqm: 'Accuracy/Mistranslation',
    severity: 'critical',
    description:
      'Numbers, amounts, dates and times that differ from the aligned original paragraph; equal values in other formats are left alone.',
    hasSuggestions: true,
    needs: ['original', 'alignment'],
    messages: {
      changed: 'The original has {{original}} here, not {{republished}}',
      missing: 'The number {{original}} of the original is missing from the republished text',
    },
  },
  check(ctx: RuleContext): Finding[] {
    const original = ctx.original!;
    const out: Finding[] = [];
    const republishedKeys = keysOfText(`${ctx.title.text}\n\n${ctx.body.text}`);
    for (const group of alignedGroups(ctx.alignment!)) {
      const originalSpans = pick(original.body.paragraphs, group.original);
      const groupKeys = keysOfText(originalSpans.map((p) => p.text).join('\n\n'));
      const lost: NumberMention[] = [];
      for (const span of originalSpans)
        for (const n of extractNumbers(span.text))
          if (!hasAny(republishedKeys, n) && !IMPERIAL.test(span.text.slice(n.end, n.end + 24)))
            lost.push({ ...n, start: n.start + span.start, end: n.end + span.start });
      if (lost.length === 0) continue;
      const novel: NumberMention[] = [];
      for (const span of pick(ctx.body.paragraphs, group.republished))
        for (const n of extractNumbers(span.text))
          if (!hasAny(groupKeys, n))
            novel.push({ ...n, start: n.start + span.start, end: n.end + span.start });
      const used = new Set<NumberMention>();
      for (const o of lost) {
        let partner = novel.find((r) => !used.has(r) && looksLikeSlip(o, r));
        if (
          !partner &&
          lost.length === 1 &&
          novel.length === 1 &&
          novel[0]!.kind === o.kind &&
          !spelledOutCandidate(o)
        )
          partner = novel[0];
        if (partner) {
          used.add(partner);
          out.push({
            messageId: 'changed',
            data: { original: o.text, republished: partner.text },
            field: 'body',
            start: partner.start,
            end: partner.end,
            suggestion: o.text,
          });
        } else if (!spelledOutCandidate(o) && !DECADE.test(original.body.text.slice(o.end, o.end + 4))) {
          out.push({
            messageId: 'missing',
            data: { original: o.text },
            field: 'original.body',
            start: o.start,
            end: o.end,
            severity: 'major',
          });
        }
      }
    }
    return out;
  },
});
