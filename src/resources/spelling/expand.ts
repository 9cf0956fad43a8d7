/**
 * Expands a Hunspell dictionary (`.aff` + `.dic`) into every form it accepts, exactly as nspell does
 * when it loads one: nspell's own affix parser and affix application, with nspell's word table kept in
 * a `Map` instead of a plain object (the object is what makes nspell take half a minute on French).
 * The result says, for each form, what nspell's `correct` needs to know about it.
 */
import { createRequire } from 'node:module';

/** One affix rule as nspell's parser returns it. */
interface AffixRule {
  type: 'PFX' | 'SFX';
  combineable: boolean;
  entries: unknown[];
}

interface ParsedAffix {
  rules: Record<string, AffixRule>;
  compoundRuleCodes: Record<string, string[]>;
  compoundRules: string[];
  conversion: { in: [RegExp, string][] };
  flags: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const parseAffix = require('nspell/lib/util/affix.js') as (aff: Buffer | string) => ParsedAffix;
const applyRule = require('nspell/lib/util/apply.js') as (
  word: string,
  rule: AffixRule,
  rules: Record<string, AffixRule>,
  out: string[],
) => string[];
const ruleCodes = require('nspell/lib/util/rule-codes.js') as (
  flags: Record<string, unknown>,
  value: string,
) => string[];

/** What a form carries besides being a form (nspell's FORBIDDENWORD, ONLYINCOMPOUND, KEEPCASE). */
export const FORBIDDEN = 8;
export const ONLY_IN_COMPOUND = 16;
export const KEEP_CASE = 32;

export interface ExpandedDictionary {
  /** Every form nspell's table holds, with its FORBIDDEN / ONLY_IN_COMPOUND / KEEP_CASE bits (0: none). */
  forms: Map<string, number>;
  /** Compound rules as nspell compiles them (`new RegExp(source, 'i')`). */
  compoundRules: string[];
  compoundMin: number;
  /** Input conversions (`ICONV`): `[pattern, replacement]`, each pattern applied with the `g` flag. */
  conversions: [string, string][];
}

const NO_RULES: string[] = [];
const WHITE_SPACE = /\s/g;

/** Expand a dictionary; `aff` and `dic` are the files' contents. */
export function expandHunspell(aff: Buffer | string, dic: string): ExpandedDictionary {
  const affix = parseAffix(aff);
  const { rules, compoundRuleCodes, flags } = affix;
  const table = new Map<string, string[]>();
  const needAffix = typeof flags.NEEDAFFIX === 'string' ? flags.NEEDAFFIX : undefined;

  const addRules = (word: string, codes: string[]): void => {
    const current = table.get(word);
    // a dictionary may list one word several times with different rule sets
    if (current === undefined || current === NO_RULES) table.set(word, codes.concat());
    else current.push(...codes);
  };
  const addForm = (word: string): void => {
    if (!table.has(word)) table.set(word, NO_RULES);
  };

  // nspell's `add` (lib/util/add.js), line for line
  const add = (word: string, codes: string[]): void => {
    if (needAffix === undefined || !codes.includes(needAffix)) addRules(word, codes);
    for (let p = 0; p < codes.length; p++) {
      const code = codes[p]!;
      const rule = rules[code];
      if (code in compoundRuleCodes) compoundRuleCodes[code]!.push(word);
      if (!rule) continue;
      for (const form of applyRule(word, rule, rules, [])) {
        addForm(form);
        if (!rule.combineable) continue;
        for (let s = p + 1; s < codes.length; s++) {
          const other = rules[codes[s]!];
          if (other && other.combineable && rule.type !== other.type)
            for (const combined of applyRule(form, other, rules, [])) addForm(combined);
        }
      }
    }
  };

  // nspell's dictionary parser (lib/util/dictionary.js): the first line is the count, tab lines are comments
  const parseLine = (raw: string): void => {
    let line = raw;
    let slash = line.indexOf('/');
    const hash = line.indexOf('#');
    let codes = '';
    let word: string;
    while (slash > -1 && line.charCodeAt(slash - 1) === 92 /* \ */) {
      line = line.slice(0, slash - 1) + line.slice(slash);
      slash = line.indexOf('/', slash);
    }
    if (hash > -1) {
      if (slash > -1 && slash < hash) {
        word = line.slice(0, slash);
        WHITE_SPACE.lastIndex = slash + 1;
        const space = WHITE_SPACE.exec(line);
        codes = line.slice(slash + 1, space ? space.index : undefined);
      } else word = line.slice(0, hash);
    } else if (slash > -1) {
      word = line.slice(0, slash);
      codes = line.slice(slash + 1);
    } else word = line;
    word = word.trim();
    if (word) add(word, ruleCodes(flags, codes.trim()));
  };
  let last = dic.indexOf('\n') + 1;
  let end = dic.indexOf('\n', last);
  while (end > -1) {
    if (dic.charCodeAt(last) !== 9 /* \t */) parseLine(dic.slice(last, end));
    last = end + 1;
    end = dic.indexOf('\n', last);
  }
  parseLine(dic.slice(last));

  const compoundRules = affix.compoundRules.map((rule) => {
    let source = '';
    for (const c of rule) {
      const words = compoundRuleCodes[c] ?? [];
      source += words.length ? `(?:${words.join('|')})` : c;
    }
    return source;
  });

  const flagOf = (name: string): string | undefined =>
    typeof flags[name] === 'string' ? (flags[name] as string) : undefined;
  const forbidden = flagOf('FORBIDDENWORD');
  const onlyInCompound = flagOf('ONLYINCOMPOUND');
  const keepCase = flagOf('KEEPCASE');
  const forms = new Map<string, number>();
  for (const [word, codes] of table) {
    let bits = 0;
    if (codes.length) {
      if (forbidden !== undefined && codes.includes(forbidden)) bits |= FORBIDDEN;
      if (onlyInCompound !== undefined && codes.includes(onlyInCompound)) bits |= ONLY_IN_COMPOUND;
      if (keepCase !== undefined && codes.includes(keepCase)) bits |= KEEP_CASE;
    }
    forms.set(word, bits);
  }
  return {
    forms,
    compoundRules,
    compoundMin: Number(flags.COMPOUNDMIN),
    conversions: affix.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement]),
  };
}

/**
 * The dictionary's entries in lower case, as the `.dic` file lists them (every line's text before its
 * `/`): "is this a dictionary word in its own right", not only a form derived by affixes.
 */
export function dictionaryStems(dic: string): Set<string> {
  const stems = new Set<string>();
  for (const line of dic.split('\n')) {
    const stem = line.split('/')[0]!.trim().toLowerCase();
    if (stem) stems.add(stem);
  }
  return stems;
}
