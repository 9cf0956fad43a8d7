/**
 * Properties every check keeps, whatever the text: generated articles mixing words, names, numbers,
 * punctuation, scripts and markup fragments, checked by every rule (the default-off ones too) against
 * a generated original. Every reported span reads back from its field, no rule throws, scores stay in
 * 0-100; and the work a text costs grows at most linearly with its length, measured by counting
 * dictionary queries and characters handed to the word segmenter, never by timing.
 *
 * Runs are kept modest (see NUM_RUNS) so the suite stays fast on a busy machine; a failure prints
 * fast-check's seed and path, which replay it exactly.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig, type SyndiqConfig } from '../../src/config/config.js';
import type { MatchResult, OriginalsIndex } from '../../src/match/types.js';
import type { Article, ArticleResult, Field, Issue, TextSpan } from '../../src/model.js';
import { checkArticle, originalLanguage, type CheckDeps } from '../../src/pipeline/check-article.js';
import { loadResources, type Resources } from '../../src/resources.js';
import type { Speller } from '../../src/resources/speller.js';
import { RULES } from '../../src/rules/registry.js';

/** Queries to the dictionaries and the characters they carried, counted before any cache. */
const work = { queries: 0, chars: 0 };

vi.mock('../../src/resources/speller.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/resources/speller.js')>();
  const counted = new Map<Speller, Speller>();
  const count = (word: string): void => {
    work.queries++;
    work.chars += word.length;
  };
  const wrap = (s: Speller): Speller => ({
    checksText: s.checksText,
    correct: (w) => (count(w), s.correct(w)),
    oneEditAway: (w) => (count(w), s.oneEditAway(w)),
    isStem: (w) => (count(w), s.isStem(w)),
    startsWord: (w) => (count(w), s.startsWord(w)),
  });
  return {
    ...real,
    speller(resources: Resources, lang: string): Speller | null {
      const s = real.speller(resources, lang);
      if (!s) return s;
      let w = counted.get(s);
      if (!w) counted.set(s, (w = wrap(s)));
      return w;
    },
  };
});

/** Number of generated articles per property; each is checked by every rule. */
const NUM_RUNS = 40;
/** Pairs of texts (one and four copies) for the growth property. */
const GROWTH_RUNS = 15;

const WORDS = [
  'the',
  'council',
  'approved',
  'budget',
  'had',
  'had',
  'said',
  'on',
  'Tuesday',
  'minister',
  'rain',
  'will',
  'not',
  'never',
  'over',
  'river',
  'port',
  'schools',
  'money',
  'percent',
  'a',
  'an',
  'of',
  'Rathaus',
  'Bürgermeister',
  'le',
  'conseil',
  'el',
  'presupuesto',
  'budżet',
  'rada',
];
const NAMES = ['Kyiv', 'Olena Kovalenko', "O'Brien", 'McAllister', 'São Paulo', 'Zürich', 'NATO', 'UN'];
const NUMBERS = [
  '1,234.5',
  '18 400',
  '98,6',
  '3.5%',
  '$12m',
  '€4 bn',
  '2024',
  '12/03/2025',
  '1st',
  '-7',
  '½',
];
const PUNCT = [
  '.',
  ',',
  '!',
  '?',
  '—',
  '–',
  '"',
  '«',
  '»',
  '„',
  '“',
  '”',
  '(',
  ')',
  '…',
  ';',
  ':',
  "'",
  '\n',
  '\n\n',
  '\t',
];
const SCRIPTS = [
  'Рада ухвалила бюджет',
  'Київ',
  'مجلس المدينة',
  '北京市政府',
  'Ελλάδα',
  'नमस्ते',
  'שלום',
  'e\u0301',
  '👩‍👩‍👧',
  '\u202eexe.txt',
  '\u200b',
  '\u00a0',
  'ﬁnance',
  'Ã©tÃ©',
];
const MARKUP = [
  '<b>',
  '</p>',
  '&amp;',
  '&nbsp;',
  '&#x27;',
  '<script>var x = 1;</script>',
  '{color:red}',
  '[[link]]',
  '**bold**',
  '![](http://x/y.png)',
  'http://example.com/a?b=c',
  '#hashtag',
  '@user',
  '<!-- c -->',
];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,14}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...NUMBERS), fc.integer().map(String)) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  // anything at all, lone surrogates included
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A text of tokens, mostly separated by spaces, sometimes run together. */
const text = (maxTokens: number, minTokens = 0): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', ' ', '', '\n')), {
      minLength: minTokens,
      maxLength: maxTokens,
    })
    .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

const config: SyndiqConfig = resolveConfig({
  // every rule at its own severity, also those the defaults leave off
  rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.severity])),
});
const resources = loadResources();

/** An index that matches every article with one given original (so fidelity rules always run). */
function indexOf(original: Article | null): OriginalsIndex {
  const matched: MatchResult | null = original && {
    original,
    originalLang: originalLanguage(original, config.languages),
    match: { id: original.id, lang: original.lang ?? 'und', confidence: 1, method: 'test' },
  };
  return { size: original ? 1 : 0, get: () => original ?? undefined, match: () => matched };
}

function check(article: Article, original: Article | null): ArticleResult {
  const deps: CheckDeps = { index: indexOf(original), resources, config, rules: RULES };
  return checkArticle(article, deps);
}

function fieldText(article: Article, original: Article | null, field: Field): string {
  switch (field) {
    case 'title':
      return article.title;
    case 'body':
      return article.body;
    case 'original.title':
      return original!.title;
    case 'original.body':
      return original!.body;
  }
}

/** Every span a result reports, with the text it claims (when it carries one). */
function spans(result: ArticleResult): { field: Field; span: TextSpan; text?: string }[] {
  const out: { field: Field; span: TextSpan; text?: string }[] = [];
  const ofIssue = (i: Issue): void => {
    out.push({ field: i.field, span: i, text: i.text });
    for (const o of i.occurrences ?? []) out.push({ field: i.field, span: o, text: i.text });
    for (const r of i.related ?? []) out.push({ field: r.field, span: r, text: r.text });
    if (i.context) {
      out.push({ field: i.context.sentence.field, span: i.context.sentence, text: i.context.sentence.text });
      const a = i.context.aligned;
      if (a) out.push({ field: a.field, span: a, text: a.text });
    }
  };
  result.issues.forEach(ofIssue);
  (result.suppressed ?? []).forEach(ofIssue);
  for (const p of result.alignment?.paragraphs ?? []) {
    for (const s of [p, ...(p.sentences ?? [])]) {
      if (s.republished) out.push({ field: 'body', span: s.republished });
      if (s.original) out.push({ field: 'original.body', span: s.original });
    }
  }
  return out;
}

const articleArb = fc.record({
  title: text(12),
  body: text(120, 10),
  lang: fc.constantFrom(undefined, 'en', 'uk', 'de'),
});
const originalArb = fc.option(
  fc.record({ title: text(12), body: text(120), lang: fc.constantFrom('en', 'uk', 'de', 'fr') }),
  { nil: null },
);

describe('any text', () => {
  beforeAll(() => {
    // load the dictionaries and language models outside the properties
    check({ id: 'warm', input: 'p', title: 'Warm up', body: 'The council met.' }, null);
  });

  it('keeps every span readable from its field, lets no rule throw and scores in 0-100', () => {
    fc.assert(
      fc.property(articleArb, originalArb, (a, o) => {
        const article: Article = {
          id: 'a',
          input: 'p',
          title: a.title,
          body: a.body,
          ...(a.lang ? { lang: a.lang } : {}),
        };
        const original: Article | null = o && { id: 'o', input: 'p', ...o };
        const result = check(article, original);
        expect(result.ruleErrors ?? []).toEqual([]);
        for (const { field, span, text } of spans(result)) {
          const whole = fieldText(article, original, field);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(whole.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
          if (text !== undefined) expect(whole.slice(span.start, span.end)).toBe(text);
        }
        for (const score of [result.score, result.headline.score]) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('costs at most linearly more work for a text four times as long', () => {
    // Segmenter input is counted too: segmenting a whole body once per sentence is quadratic.
    const segment = Intl.Segmenter.prototype.segment;
    let segmented = 0;
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (
      this: Intl.Segmenter,
      input: string,
    ) {
      segmented += input.length;
      return segment.call(this, input);
    });
    const cost = (body: string): number => {
      work.queries = 0;
      work.chars = 0;
      segmented = 0;
      check({ id: 'g', input: 'p', title: 'Council news', body }, null);
      return work.chars + work.queries + segmented;
    };
    try {
      fc.assert(
        fc.property(text(80, 30), fc.constantFrom(' ', '\n', '\n\n'), (t, sep) => {
          const body = `${t}.`;
          const one = cost(body);
          const four = cost([body, body, body, body].join(sep));
          // linear work would be 4 times; twice that leaves room for per-article constants, while
          // quadratic work (16 times) fails once the text is more than a few words
          expect(four).toBeLessThanOrEqual(8 * one + 500);
        }),
        { numRuns: GROWTH_RUNS },
      );
    } finally {
      spy.mockRestore();
    }
  });
});
