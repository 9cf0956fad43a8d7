import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import type { Field, Issue, IssueKind, Severity } from '../../src/model.js';
import { resolveIssues } from '../../src/rules/resolve.js';
import { scoreArticle } from '../../src/score/mqm.js';

/** A finding on `text` at its `nth` occurrence in `field`. */
function at(
  fieldText: string,
  text: string,
  p: { rule: string; kind: IssueKind; severity?: Severity; field?: Field; nth?: number; suggestion?: string },
): Issue {
  let start = -1;
  for (let n = 0; n <= (p.nth ?? 0); n++) start = fieldText.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in the text`);
  const issue: Issue = {
    rule: p.rule,
    messageId: 'm',
    kind: p.kind,
    mqm: 'Accuracy/Mistranslation',
    severity: p.severity ?? 'minor',
    field: p.field ?? 'body',
    start,
    end: start + text.length,
    text,
    message: `${p.rule}: ${text}`,
  };
  if (p.suggestion !== undefined) issue.suggestion = p.suggestion;
  return issue;
}

const summary = (issues: Issue[]): string[] =>
  issues.map(
    (i) =>
      `${i.rule} "${i.text}"` +
      (i.occurrences ? ` x${i.occurrences.length}` : '') +
      (i.related ? ` [${i.related.map((r) => `${r.rule} "${r.text}"`).join(', ')}]` : ''),
  );

describe('resolveIssues: overlapping findings', () => {
  it('keeps encoding damage and folds the non-words it caused into it', () => {
    const body = 'The festival in CÃ³rdoba opened on Friday.';
    const issues = resolveIssues([
      at(body, 'rdoba', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'CÃ³rdoba', { rule: 'language/mojibake', kind: 'mojibake', severity: 'major' }),
    ]);
    expect(summary(issues)).toEqual(['language/mojibake "CÃ³rdoba" [fluency/nonword "rdoba"]']);
  });

  it('folds a word that only partly overlaps the damage (artistâ and â€™)', () => {
    const body = 'The artistâ€™s works were shown.';
    const issues = resolveIssues([
      at(body, 'artistâ', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'â€™', { rule: 'language/mojibake', kind: 'mojibake' }),
    ]);
    expect(summary(issues)).toEqual(['language/mojibake "â€™" [fluency/nonword "artistâ"]']);
  });

  it('keeps leaked code and folds every non-word inside it, however many', () => {
    const code = '(adsbygoogle = window.adsbygoogle || []).push({});';
    const body = `Text before. ${code} Text after.`;
    const issues = resolveIssues([
      at(body, 'adsbygoogle', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'adsbygoogle', { rule: 'fluency/nonword', kind: 'nonword', nth: 1 }),
      at(body, code, { rule: 'markup/leaked-code', kind: 'markup' }),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.rule).toBe('markup/leaked-code');
    expect(issues[0]!.related?.map((r) => r.start)).toEqual([
      body.indexOf('adsbygoogle'),
      body.lastIndexOf('adsbygoogle'),
    ]);
  });

  it('prefers the word left untranslated over "not a word" for the same token', () => {
    const body = 'The nardep said the vote was postponed.';
    const issues = resolveIssues([
      at(body, 'nardep', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'nardep', { rule: 'language/untranslated', kind: 'untranslated' }),
    ]);
    expect(summary(issues)).toEqual(['language/untranslated "nardep" [fluency/nonword "nardep"]']);
  });

  it('keeps the more severe of two findings of one kind on the same words', () => {
    const title = 'У Львові відкрили виставку';
    const issues = resolveIssues([
      at(title, title, {
        rule: 'language/wrong-script',
        kind: 'language',
        severity: 'major',
        field: 'title',
      }),
      at(title, title, {
        rule: 'language/headline-language',
        kind: 'language',
        severity: 'critical',
        field: 'title',
      }),
    ]);
    expect(summary(issues)).toEqual([
      `language/headline-language "${title}" [language/wrong-script "${title}"]`,
    ]);
  });

  it('keeps a paragraph-wide finding over a word-level one of the same kind inside it', () => {
    const body = 'Prices rose rose again.';
    const issues = resolveIssues([
      at(body, 'rose rose', { rule: 'fluency/repeated-word', kind: 'repetition', severity: 'major' }),
      at(body, 'Prices rose rose again.', {
        rule: 'fluency/repeated-word',
        kind: 'repetition',
        severity: 'major',
      }),
    ]);
    expect(summary(issues)).toEqual([
      'fluency/repeated-word "Prices rose rose again." [fluency/repeated-word "rose rose"]',
    ]);
  });

  it('lets a span whose fix removes it explain what is inside: the duplicate, the added paragraph', () => {
    const body = 'Mayor Sparrow opened the bridge. Mayor Sparrow opened the bridge.';
    const issues = resolveIssues([
      at(body, 'Sparrow', { rule: 'fidelity/name-mismatch', kind: 'name', severity: 'critical' }),
      at(body, 'Sparrow', { rule: 'fidelity/name-mismatch', kind: 'name', severity: 'critical', nth: 1 }),
      at(body, 'Mayor Sparrow opened the bridge.', {
        rule: 'fluency/repeated-word',
        kind: 'repetition',
        severity: 'major',
        nth: 1,
      }),
    ]);
    expect(summary(issues)).toEqual([
      'fidelity/name-mismatch "Sparrow"',
      'fluency/repeated-word "Mayor Sparrow opened the bridge." [fidelity/name-mismatch "Sparrow"]',
    ]);
    const teaser = 'Read also: farmers protest. .td_uid_27 {margin: 0px} More soon.';
    const added = resolveIssues([
      at(teaser, '.td_uid_27 {margin: 0px}', { rule: 'markup/leaked-code', kind: 'markup' }),
      at(teaser, teaser, { rule: 'fidelity/addition', kind: 'addition', severity: 'major' }),
    ]);
    expect(summary(added)).toEqual([
      `fidelity/addition "${teaser}" [markup/leaked-code ".td_uid_27 {margin: 0px}"]`,
    ]);
  });

  it('leaves different problems on shared words side by side', () => {
    // a changed number inside a mistranslated sentence is its own, graver, finding
    const body = 'The harvest fell by 17 per cent in the first decade of the month.';
    const sentence = resolveIssues([
      at(body, body, { rule: 'fidelity/sentence-evidence', kind: 'mistranslation', severity: 'major' }),
      at(body, '17', { rule: 'fidelity/number-mismatch', kind: 'number', severity: 'critical' }),
    ]);
    expect(sentence).toHaveLength(2);
    // a name and a false friend that share one word
    const shop = 'She runs the Bird Tailor shop in Lviv.';
    const peers = resolveIssues([
      at(shop, 'Bird Tailor', { rule: 'fidelity/name-mismatch', kind: 'name', severity: 'critical' }),
      at(shop, 'Tailor shop', { rule: 'fidelity/false-friend', kind: 'mistranslation', severity: 'major' }),
    ]);
    expect(summary(peers)).toEqual([
      'fidelity/name-mismatch "Bird Tailor"',
      'fidelity/false-friend "Tailor shop"',
    ]);
  });

  it('does not let a non-word explain the damage inside it', () => {
    const body = 'The artistâ€™s works were shown.';
    const issues = resolveIssues([
      at(body, 'artistâ€™s', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'â€™', { rule: 'language/mojibake', kind: 'mojibake' }),
    ]);
    expect(summary(issues)).toEqual(['language/mojibake "â€™" [fluency/nonword "artistâ€™s"]']);
  });

  it('resolves peers of different kinds when they point at exactly the same words', () => {
    const body = 'The Crooked Horn club won.';
    const issues = resolveIssues([
      at(body, 'Crooked Horn', { rule: 'fidelity/false-friend', kind: 'mistranslation', severity: 'major' }),
      at(body, 'Crooked Horn', { rule: 'fidelity/name-mismatch', kind: 'name', severity: 'critical' }),
    ]);
    expect(summary(issues)).toEqual([
      'fidelity/name-mismatch "Crooked Horn" [fidelity/false-friend "Crooked Horn"]',
    ]);
  });

  it('does not fold findings in different fields or on touching spans', () => {
    const text = 'Koziak Koziak';
    const issues = resolveIssues([
      at(text, 'Koziak', { rule: 'fluency/nonword', kind: 'nonword', field: 'title' }),
      at(text, 'Koziak Koziak', { rule: 'markup/leaked-code', kind: 'markup', field: 'body' }),
      at(text, 'Koziak', { rule: 'language/untranslated', kind: 'untranslated', field: 'title', nth: 1 }),
    ]);
    expect(summary(issues)).toEqual([
      'fluency/nonword "Koziak"',
      'language/untranslated "Koziak"',
      'markup/leaked-code "Koziak Koziak"',
    ]);
  });

  it('scores a folded finding once: the article is not penalised twice for the same words', () => {
    const body = 'The nardep said so.';
    const raw = [
      at(body, 'nardep', { rule: 'fluency/nonword', kind: 'nonword', severity: 'major' }),
      at(body, 'nardep', { rule: 'language/untranslated', kind: 'untranslated', severity: 'major' }),
    ];
    const scoring = resolveConfig({}).scoring;
    const words = { title: 5, body: 300 };
    const resolved = scoreArticle(resolveIssues(raw), words, scoring).article.score;
    const single = scoreArticle([raw[1]!], words, scoring).article.score;
    expect(resolved).toBe(single);
    expect(scoreArticle(raw, words, scoring).article.score).toBeLessThan(resolved);
  });

  it('does not change its input', () => {
    const body = 'The nardep said so.';
    const raw = [
      at(body, 'nardep', { rule: 'fluency/nonword', kind: 'nonword' }),
      at(body, 'nardep', { rule: 'language/untranslated', kind: 'untranslated' }),
    ];
    const copy = structuredClone(raw);
    resolveIssues(raw);
    expect(raw).toEqual(copy);
  });
});

describe('resolveIssues: repeats', () => {
  const body = 'Saber scored twice. Coach Saber praised the team. Saber will play on Sunday.';

  it('makes one finding of a repeated one, listing every occurrence in reading order', () => {
    const raw = [2, 0, 1].map((nth) =>
      at(body, 'Saber', { rule: 'fidelity/name-mismatch', kind: 'name', severity: 'critical', nth }),
    );
    const [one, ...rest] = resolveIssues(raw);
    expect(rest).toEqual([]);
    expect(one!.start).toBe(0);
    expect(one!.occurrences).toEqual(
      [0, 1, 2].map((nth) => {
        const i = at(body, 'Saber', { rule: 'r', kind: 'name', nth });
        return { start: i.start, end: i.end };
      }),
    );
  });

  it('keeps apart what differs: another field, another suggestion, another rule', () => {
    const raw = [
      at(body, 'Saber', { rule: 'fidelity/name-mismatch', kind: 'name', nth: 0 }),
      at(body, 'Saber', { rule: 'fidelity/name-mismatch', kind: 'name', nth: 1, suggestion: 'Shabla' }),
      at(body, 'Saber', { rule: 'fluency/name-form', kind: 'name', nth: 2 }),
      at(body, 'Saber', { rule: 'fidelity/name-mismatch', kind: 'name', field: 'title' }),
    ];
    expect(resolveIssues(raw).every((i) => i.occurrences === undefined)).toBe(true);
    expect(resolveIssues(raw)).toHaveLength(4);
  });

  it('gathers what each occurrence explains', () => {
    const text = 'x Ã© y Ã© z';
    const raw = [0, 1].flatMap((nth) => [
      at(text, 'Ã©', { rule: 'language/mojibake', kind: 'mojibake', nth }),
      at(text, 'Ã', { rule: 'fluency/nonword', kind: 'nonword', nth }),
    ]);
    const [one] = resolveIssues(raw);
    expect(one!.occurrences).toHaveLength(2);
    expect(one!.related?.map((r) => r.start)).toEqual([2, 7]);
  });

  it('resolves thousands of findings on one article', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `zq${k}x`);
    const text = words.join(' ');
    const raw: Issue[] = [at(text, text, { rule: 'markup/leaked-code', kind: 'markup' })];
    let from = 0;
    for (const w of words) {
      const start = text.indexOf(w, from);
      from = start + w.length;
      raw.push({ ...raw[0]!, rule: 'fluency/nonword', kind: 'nonword', start, end: from, text: w });
    }
    const out = resolveIssues(raw);
    expect(out).toHaveLength(1);
    expect(out[0]!.related).toHaveLength(5000);
  });
});
