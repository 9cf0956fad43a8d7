/**
 * A reader of ICU rule-based number format (RBNF) spell-out rules, as CLDR ships them
 * (`cldr-rbnf/rbnf/<lang>-SpelloutRules.txt`), enough to spell out non-negative integers: base-value
 * rules with radix (`80/20:`), `<<` / `>>` / `==` substitutions naming a rule set or a decimal
 * format, optional `[...]` text (with `[a|b]` alternatives), rollback of rules whose base value is not a
 * multiple of their divisor, and `$(cardinal,one{…}other{…})$` plural text chosen by Intl.PluralRules.
 * Fractions, negatives and ordinal plurals are not needed by the number-word tables and are skipped.
 */

interface Rule {
  readonly base: number;
  readonly divisor: number;
  readonly text: string;
}

export interface SpelloutRules {
  readonly lang: string;
  /** Public rule set names (without `%`), in file order. */
  readonly ruleSets: readonly string[];
  /** `n` spelt out by `ruleSet`. */
  spell(n: number, ruleSet: string): string;
}

function divisorOf(base: number, radix: number): number {
  if (base === 0) return 1;
  let exp = Math.floor(Math.log(base) / Math.log(radix));
  // floating point: 1000 in radix 10 must give 3, not 2.9999
  if (radix ** (exp + 1) <= base) exp++;
  return radix ** exp;
}

/** The rule sets of an RBNF text: `%name:` (public) and `%%name:` (private) headers, then `value: text;` rules. */
function parseRuleSets(text: string, file: string): Map<string, { rules: Rule[]; isPublic: boolean }> {
  const sets = new Map<string, { rules: Rule[]; isPublic: boolean }>();
  let current: Rule[] | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const header = /^(%%?)([\w-]+):$/.exec(line);
    if (header) {
      current = [];
      // lenient-parse rules are collation rules, not spell-out rules
      if (header[2] !== 'lenient-parse')
        sets.set(header[2]!, { rules: current, isPublic: header[1] === '%' });
      return;
    }
    if (!current) throw new Error(`${file}:${i + 1}: a rule before any rule set header`);
    const rule = /^([^:]+):\s?(.*);$/.exec(line);
    if (!rule) {
      if (line.startsWith('&')) return; // collation rule of %%lenient-parse
      throw new Error(`${file}:${i + 1}: not an RBNF rule: "${line.slice(0, 80)}"`);
    }
    const m = /^(\d+)(?:\/(\d+))?$/.exec(rule[1]!.trim());
    if (!m) return; // -x, x.x, 0.x, Inf, NaN: not integers
    const base = Number(m[1]);
    const radix = m[2] ? Number(m[2]) : 10;
    let body = rule[2]!;
    // a leading apostrophe keeps the text's leading space
    if (body.startsWith("'")) body = body.slice(1);
    current.push({ base, divisor: divisorOf(base, radix), text: body });
  });
  return sets;
}

export function parseSpelloutRules(text: string, file: string, lang: string): SpelloutRules {
  const sets = parseRuleSets(text, file);
  const plural = new Intl.PluralRules(lang);
  const grouping = new Intl.NumberFormat('en', { useGrouping: true });

  function findRule(rules: readonly Rule[], n: number): Rule {
    let i = -1;
    for (let j = 0; j < rules.length; j++) if (rules[j]!.base <= n) i = j;
    if (i < 0) throw new Error(`${file}: no rule for ${n}`);
    const rule = rules[i]!;
    // ICU rollback: a rule with a modulus substitution whose base value is not a multiple of its
    // divisor yields to the rule before it for exact multiples of the divisor
    if (i > 0 && /[>→]/.test(rule.text) && n % rule.divisor === 0 && rule.base % rule.divisor !== 0)
      return rules[i - 1]!;
    return rule;
  }

  function format(n: number, setName: string, depth: number): string {
    if (depth > 40) throw new Error(`${file}: rule set ${setName} recurses without end`);
    const set = sets.get(setName);
    if (!set) throw new Error(`${file}: no rule set "${setName}"`);
    const rule = findRule(set.rules, n);
    return expand(rule.text, n, rule, setName, depth);
  }

  /** A substitution's target: `` (this rule set), `%name` / `%%name` (another), or a decimal pattern. */
  function substitute(target: string, value: number, setName: string, depth: number): string {
    if (target === '') return format(value, setName, depth + 1);
    if (target.startsWith('%')) return format(value, target.replace(/^%+/, ''), depth + 1);
    if (/^[#0,.]+$/.test(target)) return /,/.test(target) ? grouping.format(value) : String(value);
    throw new Error(`${file}: unknown substitution target "${target}"`);
  }

  function expand(text: string, n: number, rule: Rule, setName: string, depth: number): string {
    const quotient = Math.floor(n / rule.divisor);
    const remainder = n % rule.divisor;
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '[') {
        const close = text.indexOf(']', i);
        if (close < 0) throw new Error(`${file}: unclosed [ in "${text}"`);
        const [present, absent = ''] = text.slice(i + 1, close).split('|');
        out += expand(remainder === 0 ? absent : present!, n, rule, setName, depth);
        i = close + 1;
      } else if (c === '<' || c === '>' || c === '=' || c === '←' || c === '→') {
        const closeChar = c === '←' ? '←' : c === '→' ? '→' : c;
        let end = text.indexOf(closeChar, i + 1);
        // `<<`, `>>`: the target is empty; `>>>` is `>>` for our purposes
        if (end < 0) throw new Error(`${file}: unclosed substitution in "${text}"`);
        const target = text.slice(i + 1, end);
        if (c === '>' && text[end + 1] === '>') end++;
        const value = c === '<' || c === '←' ? quotient : c === '>' || c === '→' ? remainder : n;
        out += substitute(target, value, setName, depth);
        i = end + 1;
      } else if (c === '$' && text[i + 1] === '(') {
        const close = text.indexOf(')$', i);
        const [kind, ...forms] = text.slice(i + 2, close).split(',');
        if (kind !== 'cardinal') throw new Error(`${file}: unsupported plural "${kind}" in "${text}"`);
        const byCategory = new Map<string, string>();
        for (const m of forms.join(',').matchAll(/(\w+)\{([^}]*)\}/g)) byCategory.set(m[1]!, m[2]!);
        out += byCategory.get(plural.select(quotient)) ?? byCategory.get('other') ?? '';
        i = close + 2;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  return {
    lang,
    ruleSets: [...sets].filter(([, s]) => s.isPublic).map(([name]) => name),
    spell: (n, ruleSet) => format(n, ruleSet, 0).trim(),
  };
}
