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
 *
 * Values, not digits: Chinese numerals and 万/亿, Arabic-Indic digits, Turkish and Arabic scale words;
 * "11:35 pm" is 23:35, "11:35" is not. The headline is compared with the original's headline.
 * Suggestions are written in the republished text's conventions ("98.6" in English, "98,6" in
 * Spanish, "6.2 billion" over "6.2 million").
 */
import type { Field } from '../../model.js';
import { formatLike, valueIn } from '../../text/number-format.js';
import { extractNumberValues } from '../../text/number-values.js';
import { numberKeys, readings, type NumberMention } from '../../text/numbers.js';
import { numberWords } from '../../text/number-words.js';
import type { Span } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { alignedGroups, pick } from '../../analysis/aligned-groups.js';

/**
 * Imperial units that a translation legitimately converts ("85 mph" → "137 km/h", "550 pound" →
 * "295 kg"): a lost number followed by one is not reported.
 */
const IMPERIAL =
  /^[\s\u00a0-]*(?:mph|miles?|mi\b|feet|foot|ft\b|inch|inches|in\.|pounds?|lbs?\b|ounces?|oz\b|gallons?|acres?|yards?|yd\b|°\s?F\b|degrees? Fahrenheit|F\b)/iu;

/** Temperatures of an American original ("80 degrees") that a translation gives in Celsius. */
const DEGREES = /^[\s\u00a0-]*(?:°|degrees?\b)/iu;
/** Degrees after a number in any default language ("27 градусов", "27 °C", "27 grados"). */
const DEGREES_ANY =
  /^[\s\u00a0-]*(?:°|degrees?\b|градус|Grad\b|grad[oi]|degr[ée]s?\b|stopni|derece|درج|度)/iu;
const CELSIUS = /°\s?[CС]|Celsius|Цельсі|Цельси|Celsjusz|centígrad|centigrad|Santigrat|مئوية|摄氏/iu;

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

/** A number with its offsets in its field. */
type Located = NumberMention;

function numbersIn(spans: readonly Span[]): Located[] {
  return spans.flatMap((span) =>
    extractNumberValues(span.text).map((n) => ({
      ...n,
      start: n.start + span.start,
      end: n.end + span.start,
    })),
  );
}

function keysOf(numbers: readonly NumberMention[]): Set<string> {
  const out = new Set<string>();
  for (const n of numbers) for (const k of numberKeys(n)) out.add(k);
  return out;
}

/**
 * Keys of every number the republished text writes, in digits or in words ("сорока восьми", "more
 * than a thousand"), with the parts of a space-grouped figure read apart too: "on April 3 410
 * bodies" reads as 3410 and as 3 and 410.
 */
function presentKeys(texts: readonly string[], lang: string): Set<string> {
  const numbers = texts.flatMap((t) => extractNumberValues(t));
  const out = keysOf(numbers);
  for (const n of numbers) {
    if (n.kind !== 'number' || !/[ \u00a0\u202f\u2009]/.test(n.text)) continue;
    for (const part of n.text.split(/[ \u00a0\u202f\u2009]+/))
      for (const v of readings(part)) out.add(String(v));
  }
  for (const t of texts) for (const w of numberWords(t, lang)) out.add(String(w.value));
  return out;
}

/** Digits glued to letters on either side ("SS19", "247sports", "COVID19"): an identifier a translation may rewrite. */
function isIdentifier(n: NumberMention, text: string): boolean {
  return n.kind === 'code' || /^\p{L}/u.test(text.slice(n.end, n.end + 1));
}

/**
 * Whether `r` is `o` converted from an imperial unit the original names after it (Fahrenheit to
 * Celsius, miles to kilometres, pounds to kilograms, feet to metres, inches to centimetres), to the
 * rounding a translator uses.
 */
function converted(o: NumberMention, r: NumberMention, after: string, republishedAfter: string): boolean {
  if (o.kind !== 'number' || r.kind !== 'number') return false;
  const factors: number[] = [];
  // the original names degrees, or the translation does ("widespread 80s" / "до 27 градусов")
  if (DEGREES.test(after) || /^[\s\u00a0]*°?\s?F\b/u.test(after) || DEGREES_ANY.test(republishedAfter))
    factors.push(NaN);
  if (/^[\s\u00a0-]*(?:mph|miles?|mi\b)/iu.test(after)) factors.push(1.609);
  if (/^[\s\u00a0-]*(?:pounds?|lbs?\b)/iu.test(after)) factors.push(0.4536);
  if (/^[\s\u00a0-]*(?:feet|foot|ft\b)/iu.test(after)) factors.push(0.3048);
  if (/^[\s\u00a0-]*(?:inch|inches|in\.)/iu.test(after)) factors.push(2.54);
  return factors.some((f) =>
    o.values.some((v) => {
      const c = Number.isNaN(f) ? ((v - 32) * 5) / 9 : v * f;
      return r.values.some((x) => Math.abs(x - c) <= Math.max(1, Math.abs(c) * 0.05));
    }),
  );
}

function hasAny(keys: ReadonlySet<string>, n: NumberMention): boolean {
  return numberKeys(n).some((k) => keys.has(k));
}

/** The same digits with separators in the same places ("1 0,10" / "1 0.10"): a format, not a change. */
function sameFigure(a: NumberMention, b: NumberMention): boolean {
  const shape = (n: NumberMention): string => n.text.replace(/[^\d]/g, '.');
  return shape(a) === shape(b) && (a.multiplier ?? 1) === (b.multiplier ?? 1);
}

/** Within a factor of ten: a changed figure, not an unrelated one the alignment put beside it. */
function sameMagnitude(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== 'number') return true;
  return a.values.some((x) => b.values.some((y) => Math.max(x, y) < 10 * Math.max(1e-9, Math.min(x, y))));
}

function spelledOutCandidate(n: NumberMention): boolean {
  return n.kind === 'number' && n.values.every((v) => Number.isInteger(v) && v >= 0 && v <= SPELLED_OUT_MAX);
}

/** The number as the text writes it, with its scale word ("98,6 млн"). */
function shown(n: NumberMention, text: string): string {
  const digits = text.slice(n.start, n.end);
  return n.scale ? `${digits} ${n.scale}` : digits;
}

/** Paragraphs (or headlines) that translate each other, and where findings in them point. */
interface Comparison {
  republished: Span[];
  original: Span[];
  field: 'title' | 'body';
  /** Report numbers of the original lost from the whole republished text (not for headlines, which shorten). */
  reportLost: boolean;
}

function whole(text: string): Span[] {
  return text.trim() ? [{ start: 0, end: text.length, text }] : [];
}

export const numberMismatch = defineRule({
  meta: {
    id: 'fidelity/number-mismatch',
    kind: 'number',
    mqm: 'Accuracy/Mistranslation',
    severity: 'critical',
    description:
      'Numbers, amounts, dates and times (headline and body) that differ from the original; equal values in other formats are left alone.',
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
    const republishedKeys = presentKeys([ctx.title.text, ctx.body.text], ctx.body.lang);
    const comparisons: Comparison[] = [
      {
        republished: whole(ctx.title.text),
        original: whole(original.title.text),
        field: 'title',
        reportLost: false,
      },
      ...alignedGroups(ctx.alignment!).map((g) => ({
        republished: pick(ctx.body.paragraphs, g.republished),
        original: pick(original.body.paragraphs, g.original),
        field: 'body' as const,
        reportLost: true,
      })),
    ];
    const originalKeys = keysOf([
      ...extractNumberValues(original.title.text),
      ...extractNumberValues(original.body.text),
    ]);
    const celsius = CELSIUS.test(`${ctx.title.text}\n${ctx.body.text}`) && !CELSIUS.test(original.body.text);
    for (const c of comparisons) {
      const republishedText = (c.field === 'title' ? ctx.title : ctx.body).text;
      const originalText = (c.field === 'title' ? original.title : original.body).text;
      const originalField: Field = c.field === 'title' ? 'original.title' : 'original.body';
      const originalNumbers = numbersIn(c.original);
      const groupKeys = keysOf(originalNumbers);
      const imperial = (n: NumberMention): boolean => {
        const after = originalText.slice(n.end, n.end + 24);
        return IMPERIAL.test(after) || (DEGREES.test(after) && celsius);
      };
      const lost = originalNumbers.filter((n) => !hasAny(republishedKeys, n) && !imperial(n));
      const republishedNumbers = numbersIn(c.republished);
      const novel = republishedNumbers.filter((n) => !hasAny(groupKeys, n));
      const used = new Set<NumberMention>();
      // a figure the original repeats elsewhere is not lost from the whole text, but may still be
      // changed here: its paragraph lacks it and has instead a slip of it that the original has nowhere
      const groupRepublishedKeys = keysOf(republishedNumbers);
      for (const o of originalNumbers) {
        if (lost.includes(o) || hasAny(groupRepublishedKeys, o) || imperial(o)) continue;
        const partner = novel.find(
          (r) => !used.has(r) && r.kind === o.kind && looksLikeSlip(o, r) && !hasAny(originalKeys, r),
        );
        if (!partner) continue;
        used.add(partner);
        const was = shown(o, originalText);
        const now = shown(partner, republishedText);
        if (was.toLowerCase() === now.toLowerCase() || sameFigure(o, partner)) continue;
        out.push(changed(o, was, partner, now, ctx, c.field));
      }
      if (lost.length === 0) continue;
      for (const o of lost) {
        let partner = novel.find((r) => !used.has(r) && looksLikeSlip(o, r));
        if (
          !partner &&
          lost.length === 1 &&
          novel.length === 1 &&
          novel[0]!.kind === o.kind &&
          !spelledOutCandidate(o) &&
          sameMagnitude(o, novel[0]!)
        )
          partner = novel[0];
        if (partner) {
          used.add(partner);
          const was = shown(o, originalText);
          const now = shown(partner, republishedText);
          // the same figure and scale on both sides: nothing an editor could change
          if (was.toLowerCase() === now.toLowerCase() || sameFigure(o, partner)) continue;
          // "80 degrees" (Fahrenheit) given as "27 градусов": a conversion, not a change
          if (
            converted(
              o,
              partner,
              originalText.slice(o.end, o.end + 24),
              republishedText.slice(partner.end, partner.end + 24),
            )
          )
            continue;
          out.push(changed(o, was, partner, now, ctx, c.field));
        } else if (
          c.reportLost &&
          !spelledOutCandidate(o) &&
          !isIdentifier(o, originalText) &&
          !DECADE.test(originalText.slice(o.end, o.end + 4))
        ) {
          out.push({
            messageId: 'missing',
            data: { original: shown(o, originalText) },
            field: originalField,
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

/** A changed number, with the original's value written as the republished text writes numbers. */
function changed(
  o: NumberMention,
  was: string,
  partner: NumberMention,
  now: string,
  ctx: RuleContext,
  field: 'title' | 'body',
): Finding {
  const text = (field === 'title' ? ctx.title : ctx.body).text;
  let end = partner.end;
  let suggestion = was;
  if (o.kind === 'number' && partner.kind === 'number') {
    const s = formatLike(valueIn(o, ctx.original!.lang), partner, ctx.body.lang);
    suggestion = s.text;
    if (s.withScale && partner.scale) {
      const at = text.indexOf(partner.scale, partner.end);
      if (at >= 0 && at - partner.end <= 2) end = at + partner.scale.length;
    }
  }
  return {
    messageId: 'changed',
    data: { original: was, republished: now },
    field,
    start: partner.start,
    end,
    suggestion,
  };
}
