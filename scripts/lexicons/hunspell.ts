/**
 * Hunspell affix expansion: every surface form a `.dic` stem produces through the `.aff` file's PFX/SFX
 * rules, paired with the stem (its lemma). Supports the features the dictionaries used here need:
 * single-character flags (the default), suffixes and prefixes with strip/add/condition, cross products,
 * and NEEDAFFIX stems (which are no word by themselves). Continuation classes on affixes are not
 * followed (none of dictionary-uk, -ru, -pl use them); the parser fails loudly on other flag types.
 */

interface AffixRule {
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

interface AffixClass {
  readonly kind: 'PFX' | 'SFX';
  readonly cross: boolean;
  readonly rules: AffixRule[];
}

export interface AffixFile {
  readonly classes: ReadonlyMap<string, AffixClass>;
  readonly needAffix: string | undefined;
}

function conditionRegExp(cond: string, kind: 'PFX' | 'SFX'): RegExp {
  if (cond === '.') return /(?:)/;
  const body = cond.replace(/[\\^$*+?(){}|]/g, (c) => (c === '^' ? '^' : `\\${c}`));
  // `^` only means negation right after `[`; hunspell conditions never anchor otherwise.
  const safe = body.replace(/\^(?!\])/g, (m, offset: number) => (body[offset - 1] === '[' ? m : '\\^'));
  return new RegExp(kind === 'SFX' ? `${safe}$` : `^${safe}`, 'u');
}

export function parseAffixFile(text: string, file: string): AffixFile {
  const classes = new Map<string, AffixClass>();
  let needAffix: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const f = line.split(/\s+/);
    const where = `${file}:${i + 1}`;
    if (f[0] === 'FLAG' || f[0] === 'AF' || f[0] === 'AM') {
      throw new Error(`${where}: ${f[0]} is not supported by this expander`);
    }
    if (f[0] === 'NEEDAFFIX') needAffix = f[1];
    if (f[0] !== 'PFX' && f[0] !== 'SFX') return;
    const kind = f[0];
    const flag = f[1];
    if (flag === undefined) throw new Error(`${where}: affix line without a flag`);
    const existing = classes.get(flag);
    if (!existing) {
      if (f.length !== 4) throw new Error(`${where}: expected '${kind} flag cross count'`);
      classes.set(flag, { kind, cross: f[2] === 'Y', rules: [] });
      return;
    }
    const [strip, addWithFlags, cond = '.'] = f.slice(2);
    if (strip === undefined || addWithFlags === undefined) throw new Error(`${where}: incomplete affix rule`);
    const add = addWithFlags.split('/')[0] ?? '';
    existing.rules.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: conditionRegExp(cond, kind),
    });
  });
  return { classes, needAffix };
}

function applyRule(word: string, rule: AffixRule, kind: 'PFX' | 'SFX'): string | undefined {
  if (!rule.condition.test(word)) return undefined;
  if (kind === 'SFX') {
    if (rule.strip && !word.endsWith(rule.strip)) return undefined;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (rule.strip && !word.startsWith(rule.strip)) return undefined;
  return rule.add + word.slice(rule.strip.length);
}

/** The forms of one stem with its flags (the part after `/` in a `.dic` line). */
export function expandStem(stem: string, flags: string, aff: AffixFile): Set<string> {
  const forms = new Set<string>();
  const chars = [...flags];
  if (!aff.needAffix || !chars.includes(aff.needAffix)) forms.add(stem);
  const suffixed: string[] = [];
  for (const flag of chars) {
    const cls = aff.classes.get(flag);
    if (!cls || cls.kind !== 'SFX') continue;
    for (const rule of cls.rules) {
      const form = applyRule(stem, rule, 'SFX');
      if (form === undefined) continue;
      forms.add(form);
      if (cls.cross) suffixed.push(form);
    }
  }
  for (const flag of chars) {
    const cls = aff.classes.get(flag);
    if (!cls || cls.kind !== 'PFX') continue;
    for (const rule of cls.rules) {
      for (const base of cls.cross ? [stem, ...suffixed] : [stem]) {
        const form = applyRule(base, rule, 'PFX');
        if (form !== undefined) forms.add(form);
      }
    }
  }
  return forms;
}

/** `.dic` lines as (stem, flags); the first line (the count) is skipped. */
export function* dicEntries(text: string): Generator<{ stem: string; flags: string }> {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    const cut = line.search(/(?<!\\)\//);
    const stem = cut < 0 ? line.split(/\s/)[0]! : line.slice(0, cut);
    const flags = cut < 0 ? '' : (line.slice(cut + 1).split(/\s/)[0] ?? '');
    yield { stem, flags };
  }
}
