/**
 * False friends per language pair (`corpora/lexicons/false-friends.<original>-<republished>.txt`):
 * `source stems | wrong renderings | right rendering`, parsed once per loaded `Resources`.
 */
import { lexicon, type Resources } from '../resources.js';
import { derived } from './derived.js';

export interface FalseFriendSource {
  /** Lower case with one apostrophe (see `normalizeSource`). */
  text: string;
  /** Whole word only ("=" in the lexicon); otherwise a stem the word starts with. */
  exact: boolean;
}

export interface FalseFriend {
  sources: FalseFriendSource[];
  /** Each wrong rendering as lower-case words. */
  wrong: string[][];
  right: string;
  /** The first rendering of `right`, offered as the fix. */
  suggestion: string;
}

/** Lower case with one apostrophe, as lexicon sources are stored. */
export const normalizeSource = (s: string): string => s.toLowerCase().replace(/[’ʼ]/g, "'");

function list(s: string | undefined): string[] {
  return (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Parse `source stems | wrong renderings | right rendering` lines; malformed lines are skipped. */
export function parseFalseFriends(lines: readonly string[]): FalseFriend[] {
  const out: FalseFriend[] = [];
  for (const line of lines) {
    const parts = line.split('|').map((s) => s.trim());
    if (parts.length !== 3 || !parts[0] || !parts[1] || !parts[2]) continue;
    out.push({
      sources: list(parts[0]).map((s) =>
        s.startsWith('=')
          ? { text: normalizeSource(s.slice(1)), exact: true }
          : { text: normalizeSource(s), exact: false },
      ),
      wrong: list(parts[1]).map((p) => p.toLowerCase().split(/\s+/)),
      right: parts[2],
      suggestion: parts[2].split(',')[0]!.trim(),
    });
  }
  return out;
}

/** The false friends of one pair, e.g. `uk-en`; empty when the pair has no lexicon. */
export function falseFriends(resources: Resources, pair: string): readonly FalseFriend[] {
  return derived(resources, `false-friends:${pair}`, () =>
    parseFalseFriends(lexicon(resources, `false-friends.${pair}`)),
  );
}
