/**
 * @fileoverview Doubled words ("goat goat", "In In Lviv"), doubled short phrases ("in the city in the
 * city"), and sentences or paragraphs that appear twice (a scraped paragraph pasted again).
 *
 * Deliberately left alone:
 * - allowed doubles from `repetition-allowed.txt` ("had had", "that that", "bye-bye", "die die");
 * - reduplication in languages whose grammar uses it (`repetition-languages.txt`: Ukrainian "ось-ось");
 * - capitalised doubles that look like names ("Walla Walla", "Duran Duran"): a capitalised double is
 *   reported only when the same word also appears in lower case elsewhere in the article, which shows
 *   it is an ordinary word ("In In Lviv" next to "in" elsewhere);
 * - numbers ("6 6" in a list of set scores is a number question, not a fluency one);
 * - doubles across a line break or punctuation ("said. Said", "New York, New York");
 * - words in a script the field's language does not use (a Latin programme name in Russian text);
 * - in English, a hyphenated double of a content word: emphasis carried over from the original
 *   ("slowly-slowly", "big-big"); a function word doubled so ("here-here" for "вот-вот") is a calque;
 * - a word followed by a hyphenated compound that starts with it (Russian "что что-то");
 * - CJK and other scripts written without spaces (adjacent tokens are never compared).
 */
import { lexiconKeyed, lexiconSet } from '../../resources/derived.js';
import type { FieldText } from '../../text/field.js';
import { dominantScript, scriptOfLanguage } from '../../text/script.js';
import type { Span, Token } from '../../text/segment.js';
import { defineRule, type Finding, type RuleContext } from '../types.js';
import { normalizeLine, wordCount } from '../../analysis/lines.js';
import { lexicalOf } from '../../analysis/sentence-evidence.js';

/**
 * Sentences and paragraphs shorter than this may repeat legitimately ("Thank you.", a call to vote
 * under each entry, a recap of tips); scraped doubles are whole paragraphs of running text.
 */
const MIN_REPEATED_WORDS = 10;
/** Running text ends like a sentence; list items, captions and tweet credits do not. */
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;
/** Longest phrase (in words) checked for an immediate double. */
const MAX_PHRASE = 4;

const SPACE_GAP = /^[ \t\u00a0]+$/u;
const HYPHEN_GAP = /^[-\u2010\u2011]$/u;
const HAS_DIGIT = /\p{N}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const QUESTION = /\?["'”»)]*$/u;

/** No reduplication: the language is not listed. */
const NONE: ReadonlySet<string> = new Set();

type Gap = 'space' | 'hyphen' | null;

function gapKind(text: string): Gap {
  if (SPACE_GAP.test(text)) return 'space';
  if (HYPHEN_GAP.test(text)) return 'hyphen';
  return null;
}

interface Settings {
  allowed: ReadonlySet<string>;
  reduplicating: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a lower-case English word carries content (not a function word). */
  englishContent: (word: string) => boolean;
}

function settings(ctx: RuleContext): Settings {
  const allowed = lexiconSet(ctx.resources, 'repetition-allowed', 'locale-lower');
  const reduplicating = lexiconKeyed(ctx.resources, 'repetition-languages');
  return { allowed, reduplicating, englishContent: (w) => lexicalOf(ctx).english().isContent(w) };
}

/** Words of the whole article written entirely in lower case: evidence that a word is not a name. */
function lowercaseWords(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const f of [ctx.title, ctx.body]) {
    for (const w of f.words)
      if (w.text === w.text.toLocaleLowerCase() && /\p{Ll}/u.test(w.text)) out.add(w.text);
  }
  return out;
}

function lower(t: Token): string {
  return t.text.toLocaleLowerCase();
}

//   The goat goat was found.   In In Lviv, they remind…
//       ^^^^^^^^^               ^^^^^
function wordDoubles(field: FieldText, s: Settings, lowerSeen: Set<string>): Finding[] {
  const out: Finding[] = [];
  const toks = field.words;
  const text = field.text;
  const langKinds = s.reduplicating.get(field.lang) ?? NONE;
  const expected = scriptOfLanguage(field.lang);
  let i = 0;
  while (i < toks.length - 1) {
    const a = toks[i]!;
    let j = i;
    let gap: Gap = null;
    // extend the run while the next token is the same word behind the same kind of gap
    while (j < toks.length - 1) {
      const b = toks[j + 1]!;
      const g = gapKind(text.slice(toks[j]!.end, b.start));
      if (!g || (gap && g !== gap) || lower(b) !== lower(a)) break;
      gap = g;
      j++;
    }
    // "что что-то": the second word is the start of a hyphenated compound, not a double
    const inCompound =
      j > i &&
      (/^[-\u2010\u2011]\p{L}/u.test(text.slice(toks[j]!.end)) ||
        /\p{L}[-\u2010\u2011]$/u.test(text.slice(Math.max(0, a.start - 2), a.start)));
    // a foreign-script word (a Latin name in Cyrillic text) is quoted material, not the text's own prose
    const foreign = (): boolean => expected !== null && dominantScript(a.text)?.script !== expected;
    const emphasis = (): boolean => gap === 'hyphen' && field.lang === 'en' && s.englishContent(lower(a));
    if (
      j > i &&
      gap &&
      !HAS_DIGIT.test(a.text) &&
      !langKinds.has(gap) &&
      !inCompound &&
      !foreign() &&
      !emphasis()
    ) {
      const second = toks[i + 1]!;
      const pair = `${lower(a)}${gap === 'space' ? ' ' : '-'}${lower(second)}`;
      const nameLike = STARTS_UPPER.test(second.text);
      const ordinaryWord = lowerSeen.has(lower(a));
      if (!s.allowed.has(pair) && (!nameLike || ordinaryWord)) {
        out.push({
          messageId: 'repeatedWord',
          data: { word: a.text },
          field: field.field,
          start: a.start,
          end: toks[j]!.end,
          suggestion: a.text,
        });
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

//   they met in the city in the city centre
//            ^^^^^^^^^^^^^^^^^^^^^^
function phraseDoubles(field: FieldText, s: Settings, covered: Finding[]): Finding[] {
  const out: Finding[] = [];
  const toks = field.words;
  const text = field.text;
  const overlaps = (start: number, end: number): boolean =>
    [...covered, ...out].some((f) => f.start < end && start < f.end);
  for (let n = 2; n <= MAX_PHRASE; n++) {
    for (let i = 0; i + 2 * n <= toks.length; i++) {
      const run = toks.slice(i, i + 2 * n);
      let same = true;
      for (let k = 0; k < n && same; k++) same = lower(run[k]!) === lower(run[k + n]!);
      if (!same) continue;
      let spaced = true;
      for (let k = 0; k < 2 * n - 1 && spaced; k++)
        spaced = SPACE_GAP.test(text.slice(run[k]!.end, run[k + 1]!.start));
      if (!spaced || run.some((t) => HAS_DIGIT.test(t.text))) continue;
      const second = run.slice(n);
      if (second.every((t) => STARTS_UPPER.test(t.text))) continue; // "New York New York": a name
      // a rhetorical chain of three or more ("day after day after day", "on and on and on")
      const next = toks[i + 2 * n];
      const prev = toks[i - 1];
      if (
        next &&
        lower(next) === lower(run[0]!) &&
        SPACE_GAP.test(text.slice(run[2 * n - 1]!.end, next.start))
      )
        continue;
      if (prev && lower(prev) === lower(run[n - 1]!) && SPACE_GAP.test(text.slice(prev.end, run[0]!.start)))
        continue;
      // "little by little by opening…": an idiom followed by the same word again
      const lead = text.slice(run[0]!.start, run[Math.min(2, 2 * n - 1)]!.end).toLocaleLowerCase();
      if (n === 2 && s.allowed.has(lead)) continue;
      const phrase = text.slice(run[0]!.start, run[n - 1]!.end);
      if (s.allowed.has(text.slice(run[0]!.start, run[2 * n - 1]!.end).toLocaleLowerCase())) continue;
      const start = run[0]!.start;
      const end = run[2 * n - 1]!.end;
      if (overlaps(start, end)) continue;
      out.push({
        messageId: 'repeatedPhrase',
        data: { phrase },
        field: field.field,
        start,
        end,
        suggestion: phrase,
      });
    }
  }
  return out;
}

function key(text: string): string {
  return normalizeLine(text);
}

/** Spans by normalised text, for those with at least `MIN_REPEATED_WORDS` words. */
function groupSpans(spans: Span[]): Map<string, Span[]> {
  const groups = new Map<string, Span[]>();
  for (const sp of spans) {
    if (wordCount(sp.text) < MIN_REPEATED_WORDS || !SENTENCE_END.test(sp.text)) continue;
    const k = key(sp.text);
    groups.set(k, [...(groups.get(k) ?? []), sp]);
  }
  return groups;
}

//   <paragraph A>\n\n<paragraph A>        Sentence X. Other text. Sentence X.
//                    ^^^^^^^^^^^^^                                ^^^^^^^^^^^
// A doubled block occurs exactly twice; a line that recurs three or more times is a template
// (the same question put to every interviewee, a label under each product) and a question may
// legitimately be asked again.
function blockRepeats(field: FieldText): Finding[] {
  const out: Finding[] = [];
  for (const group of groupSpans(field.paragraphs).values()) {
    const second = group[1];
    if (group.length !== 2 || !second || QUESTION.test(second.text)) continue;
    out.push({ messageId: 'repeatedParagraph', field: field.field, start: second.start, end: second.end });
  }
  for (const group of groupSpans(field.sentences).values()) {
    const second = group[1];
    if (group.length !== 2 || !second || QUESTION.test(second.text)) continue;
    if (out.some((f) => f.start <= second.start && second.end <= f.end)) continue;
    out.push({ messageId: 'repeatedSentence', field: field.field, start: second.start, end: second.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const repeatedWord = defineRule({
  meta: {
    id: 'fluency/repeated-word',
    kind: 'repetition',
    mqm: 'Linguistic conventions/Grammar',
    severity: 'major',
    description:
      'Doubled words, phrases, sentences and paragraphs; leaves alone grammatical doubles, names and reduplication.',
    hasSuggestions: true,
    needs: [],
    messages: {
      repeatedWord: 'Repeated word "{{word}}"',
      repeatedPhrase: 'Repeated phrase "{{phrase}}"',
      repeatedSentence: 'This sentence already appeared earlier in the text',
      repeatedParagraph: 'This paragraph already appeared earlier in the text',
    },
  },
  check(ctx) {
    const s = settings(ctx);
    const lowerSeen = lowercaseWords(ctx);
    const findings: Finding[] = [];
    const fields: FieldText[] = [ctx.title, ctx.body];
    for (const field of fields) {
      const words = wordDoubles(field, s, lowerSeen);
      findings.push(...words, ...phraseDoubles(field, s, words));
      if (field.field === 'body') findings.push(...blockRepeats(field));
    }
    return findings;
  },
});
