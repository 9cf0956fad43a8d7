/**
 * False friends injected where the original invites them: a word of the original whose dictionary
 * rendering the professional translation uses is given instead an English word that looks like the
 * source word and means something else ("shop" for "магазин" becomes "magazine", "date" for "дату"
 * becomes "data"). Two kinds:
 *
 * - listed: the source word has an entry in the committed false-friend lexicon
 *   (`corpora/lexicons/false-friends.<lang>-en.txt`); its first single-word wrong rendering goes in.
 * - look-alike: an English word of SUBTLEX-US that shares most of its phonetic spelling with the
 *   source word (`foldWord`) and is none of the source word's dictionary renderings, nor like any of
 *   them ("ambition" is not a false friend of "амбіція" when the dictionary lists "ambition"). These are
 *   the false friends no list names.
 *
 * The rendering replaced is one of the source word's first renderings, found as a whole word in the
 * translation near the place the source word holds in the original (within a quarter of the text).
 */
import { join } from 'node:path';
import { LEXICONS_DIR, readTable } from '../../src/lexicon/load.js';
import type { LexicalResources, SourceSide } from '../../src/meaning/lexical.js';
import { falseFriends, normalizeSource } from '../../src/resources/false-friends.js';
import type { Resources } from '../../src/resources.js';
import { foldWord } from '../../src/text/translit.js';
import { commonStart, foldedAlike, MIN_LOOK_ALIKE_KEY as MIN_KEY } from '../../src/lexicon/look-alike.js';
import { words } from '../../src/text/segment.js';
import type { Damage, Doc } from './damages.js';

/** An English word MT would choose: at least this many occurrences in SUBTLEX-US. */
const MIN_COUNT = 50;
/** Renderings of the source word the professional translation may have used. */
const FIRST_RENDERINGS = 4;

/** English words of SUBTLEX-US by the first letters of their folded spelling. */
function englishByKey(): Map<string, string[]> {
  const file = join(LEXICONS_DIR, 'english', 'words.tsv.gz');
  const out = new Map<string, string[]>();
  for (const line of readTable(file).split('\n')) {
    const [word, count] = line.split('\t');
    if (!word || !/^[a-z]+$/.test(word) || Number(count) < MIN_COUNT) continue;
    const key = foldWord(word).slice(0, MIN_KEY);
    if (key.length < MIN_KEY) continue;
    const list = out.get(key) ?? [];
    list.push(word);
    out.set(key, list);
  }
  return out;
}

function keepCase(replacement: string, original: string): string {
  return original[0] === original[0]!.toUpperCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

/** The word of `doc` closest to `at` (a share of the text) that is `rendering` or a regular inflection of it. */
function renderingNear(doc: Doc, rendering: string, at: number): { start: number; end: number } | null {
  const forms = new Set([rendering, `${rendering}s`, `${rendering}es`, `${rendering}d`, `${rendering}ed`]);
  let best: { start: number; end: number } | null = null;
  let bestDistance = 0.25;
  for (const t of words(doc.body, 'en')) {
    if (!forms.has(t.text.toLowerCase())) continue;
    const distance = Math.abs(t.start / doc.body.length - at);
    if (distance <= bestDistance) {
      best = { start: t.start, end: t.end };
      bestDistance = distance;
    }
  }
  return best;
}

interface Candidate {
  source: string;
  wrong: string;
  /** Where the source word stands in the original, as a share of its text. */
  at: number;
  renderings: readonly string[];
}

/** A look-alike English word for a source word, or undefined when the dictionary lists one of its kind. */
function lookAlike(
  source: string,
  lang: string,
  side: SourceSide,
  english: Map<string, string[]>,
  stem: (w: string) => string,
): string | undefined {
  const key = foldWord(source, lang);
  if (key.length < MIN_KEY) return undefined;
  const renderings = side.evidence.renderings(source);
  const renderingKeys = renderings.map((r) => foldWord(r.split(/[ -]/)[0]!));
  const renderingStems = new Set(renderings.map((r) => stem(r.toLowerCase())));
  return (english.get(key.slice(0, MIN_KEY)) ?? []).find(
    (w) =>
      foldedAlike(key, foldWord(w)) &&
      !renderingStems.has(stem(w)) &&
      !renderingKeys.some((k) => commonStart(k, foldWord(w)) >= MIN_KEY - 1),
  );
}

/**
 * The two false-friend damages over one set of lexical resources: `listed` (the committed lexicon's
 * false friends) and `lookAlike` (English look-alikes no dictionary rendering resembles).
 */
export function falseFriendDamages(
  lex: LexicalResources,
  resources: Resources,
): { listed: Damage; lookAlike: Damage } {
  let english: Map<string, string[]> | undefined;
  const damage =
    (kind: 'listed' | 'look-alike'): Damage =>
    (doc, _other, _lang, original) => {
      const side = original && lex.source(original.lang);
      if (!original || !side) return null;
      const en = lex.english();
      const entries = falseFriends(resources, `${original.lang}-en`);
      const candidates: Candidate[] = [];
      for (const t of words(original.body, original.lang)) {
        // names and grammar are no false friends
        if (!/^\p{Ll}{4,}$/u.test(t.text) || side.isFunction(t.text)) continue;
        const renderings = side.evidence.renderings(t.text);
        if (!renderings.length) continue;
        let wrong: string | undefined;
        if (kind === 'listed') {
          const w = normalizeSource(t.text);
          const entry = entries.find((e) =>
            e.sources.some((s) => (s.exact ? w === s.text : w.startsWith(s.text))),
          );
          wrong = entry?.wrong.find((p) => p.length === 1)?.[0];
        } else {
          english ??= englishByKey();
          wrong = lookAlike(t.text, original.lang, side, english, en.stem);
        }
        if (wrong) candidates.push({ source: t.text, wrong, at: t.start / original.body.length, renderings });
      }
      for (const c of candidates) {
        if (new RegExp(`\\b${c.wrong}`, 'i').test(doc.body)) continue;
        for (const r of c.renderings.slice(0, FIRST_RENDERINGS)) {
          if (r.includes(' ') || r !== r.toLowerCase() || r === c.wrong) continue;
          const place = renderingNear(doc, r.toLowerCase(), c.at);
          if (!place) continue;
          const was = doc.body.slice(place.start, place.end);
          const by = keepCase(c.wrong, was);
          return {
            title: doc.title,
            body: doc.body.slice(0, place.start) + by + doc.body.slice(place.end),
            note: `${was} → ${by} (original "${c.source}")`,
          };
        }
      }
      return null;
    };
  return { listed: damage('listed'), lookAlike: damage('look-alike') };
}
