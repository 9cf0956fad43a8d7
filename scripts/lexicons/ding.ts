/**
 * Frank Richter's German-English dictionary (Ding; Debian `dict-de-en`, file `german-english`): an
 * entry is the German headword, a line of grammar (`{m}`, `{pl}`, `[geol.]`), and the English line
 * with `;`-separated renderings. Several index headwords may share one entry; the entry's own first
 * line is the headword used.
 */
import type { DictdEntry } from './dictd.js';
import type { PairCollector } from './collect.js';

export function addDing(entries: readonly DictdEntry[], into: PairCollector): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    const lines = e.text.split('\n').filter((l) => l.trim());
    const head = lines[0]?.trim() ?? '';
    if (!/^[\p{L}][\p{L}-]*$/u.test(head)) continue;
    const english = lines.filter((l) => /^ {3}\S/.test(l)).at(-1);
    if (!english) continue;
    let position = 0;
    for (const t of english.split(';')) if (into.add(head, t, position)) position++;
  }
}
