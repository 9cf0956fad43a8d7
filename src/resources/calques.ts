/**
 * Calques per language pair (`corpora/lexicons/calques.<source>-<target>.txt`): English phrases that
 * machine translation builds word by word from a source-language idiom ("in 2.5 times", "beat on
 * the alarm", "Big Odesa"), compiled once per loaded `Resources` into regular expressions.
 */
import type { Resources } from '../resources.js';

export interface Calque {
  /** Language pair, e.g. `uk-en`. */
  pair: string;
  source: string;
  target: string;
  /** The pattern as written in the lexicon. */
  pattern: string;
  /** Matches the phrase; named group `place` holds a place slot's word. */
  regex: RegExp;
  right: string;
  evidence: string;
  /** Only when the original is known to be in `source` (the line starts with "!"). */
  needsSource: boolean;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|dozens';
// a figure is matched from its first digit only ("0,0,0…" is not matched again after each comma)
const NUMBER = `(?<num>(?<!\\d[.,])\\d+(?:[.,]\\d+)*|${NUMBER_WORDS})`;
const END = '(?=\\s*(?:[.!?;:]|\\(|$))';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern token: alternatives, optional "?", prefix "*", slots <num>, <place>, <end>. */
function tokenSource(token: string): { source: string; optional: boolean } {
  const optional = token.endsWith('?') && token.length > 1;
  const body = optional ? token.slice(0, -1) : token;
  const alternatives = body.split('|').map((alt) => {
    let s = '';
    for (const part of alt.split(/(<num>|<place>)/)) {
      if (part === '<num>') s += NUMBER;
      else if (part === '<place>') s += "(?<place>\\p{L}[\\p{L}'’-]+)";
      else if (part.endsWith('*')) s += `${escape(part.slice(0, -1))}\\p{L}*`;
      else s += escape(part);
    }
    return s;
  });
  return { source: alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!, optional };
}

/** Compile a lexicon pattern into a case-insensitive regular expression over running text. */
export function compileCalquePattern(pattern: string): RegExp {
  let source = '(?<![\\p{L}\\p{N}])';
  let first = true;
  for (const token of pattern.trim().split(/\s+/)) {
    if (token === '<end>') {
      source += END;
      continue;
    }
    const t = tokenSource(token);
    const sep = first ? '' : '\\s+';
    source += t.optional ? `(?:${sep}${t.source})?` : `${sep}${t.source}`;
    first = false;
  }
  source += '(?![\\p{L}\\p{N}])';
  return new RegExp(source, 'giu');
}

/** Parse `pattern | right | evidence` lines of one pair; malformed lines are reported in `problems`. */
export function parseCalques(pair: string, lines: readonly string[], problems: string[] = []): Calque[] {
  const [source = '', target = ''] = pair.split('-');
  const out: Calque[] = [];
  for (const line of lines) {
    const parts = line.split(' | ').map((s) => s.trim());
    if (parts.length !== 3 || parts.some((p) => !p)) {
      problems.push(`calques.${pair}: expected "pattern | right rendering | evidence": ${line}`);
      continue;
    }
    const needsSource = parts[0]!.startsWith('!');
    const pattern = needsSource ? parts[0]!.slice(1).trim() : parts[0]!;
    out.push({
      pair,
      source,
      target,
      pattern,
      regex: compileCalquePattern(pattern),
      right: parts[1]!,
      evidence: parts[2]!,
      needsSource,
    });
  }
  return out;
}

const cache = new WeakMap<Resources, Calque[]>();

/** Every calque of every language pair in the loaded lexicons. */
export function calques(resources: Resources): Calque[] {
  let all = cache.get(resources);
  if (!all) {
    all = [];
    for (const [name, lines] of resources.lexicons) {
      const m = /^calques\.([a-z]{2}-[a-z]{2})$/.exec(name);
      if (m) all.push(...parseCalques(m[1]!, lines));
    }
    cache.set(resources, all);
  }
  return all;
}
