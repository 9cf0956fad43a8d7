/**
 * Hand-built reports for the reporters' tests: a hostile article (markup and script in every text
 * field), an article with an original side by side (omission, addition, repeats, related findings), and
 * as many plain articles as asked, spread over feeds, languages and verdicts. Offsets are computed
 * from the texts, so every span keeps the report contract.
 */
import type {
  ArticleResult,
  Field,
  Issue,
  IssueKind,
  OriginalText,
  RunReport,
  Severity,
  Verdict,
} from '../../src/model.js';
import { summarize } from '../../src/report/run-summary.js';

interface At {
  rule: string;
  kind: IssueKind;
  severity: Severity;
  message: string;
  suggestion?: string;
  /** Which occurrence of the text (0 = first); `all` makes a repeated finding of every occurrence. */
  nth?: number | 'all';
}

function spansOf(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push({ start: i, end: i + needle.length });
  if (!out.length) throw new Error(`fixture: "${needle}" is not in the text`);
  return out;
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e - 1] ?? '')) e++;
  return { start: s, end: Math.max(e, end) };
}

export function finding(field: Field, fieldText: string, text: string, p: At): Issue {
  const spans = spansOf(fieldText, text);
  const chosen = p.nth === 'all' ? spans : [spans[p.nth ?? 0]!];
  const first = chosen[0]!;
  const sentence = sentenceAround(fieldText, first.start, first.end);
  const issue: Issue = {
    rule: p.rule,
    messageId: 'm',
    kind: p.kind,
    mqm: 'Accuracy/Mistranslation',
    severity: p.severity,
    field,
    start: first.start,
    end: first.end,
    text,
    message: p.message,
    context: {
      sentence: { field, ...sentence, text: fieldText.slice(sentence.start, sentence.end) },
      aligned: null,
    },
  };
  if (p.suggestion !== undefined) issue.suggestion = p.suggestion;
  if (chosen.length > 1) issue.occurrences = chosen;
  return issue;
}

function article(p: Partial<ArticleResult> & Pick<ArticleResult, 'id' | 'title' | 'body'>): ArticleResult {
  return {
    url: null,
    feed: null,
    input: 'partner.jsonl',
    lang: { detected: 'en', declared: null, confidence: 0.9 },
    original: null,
    words: p.body.split(/\s+/).length,
    score: 100,
    verdict: 'pass',
    headline: { score: 100, verdict: 'pass' },
    issues: [],
    alignment: null,
    ...p,
  };
}

/** Markup and script in every field a report shows; each payload sets `window.__pwned` if it ever runs. */
export const HOSTILE = {
  id: 'r-hostile"><img src=x onerror="window.__pwned=\'id\'">',
  title:
    'Mayor <script>window.__pwned="title"</script> opens <img src=x onerror="window.__pwned=\'img\'"> bridge',
  body: [
    'First </script><script>window.__pwned="body"</script> paragraph with <b>bold</b> text.',
    'Second <svg onload="window.__pwned=\'svg\'"></svg> paragraph <!-- comment --> with <a href="javascript:window.__pwned=\'link\'">a link</a> and <img src="http://127.0.0.1:9/pixel.png"> and a line separator \u2028 here.',
  ].join('\n\n'),
  url: 'javascript:window.__pwned="url"',
  feed: '<i onmouseover="window.__pwned=\'feed\'">feed</i>',
};

const SIDE = {
  title: 'Kyiv mayor Sparrow opens the new bridge...',
  body: [
    'Mayor Sparrow opened the bridge over the Dnipro on Monday. It cost 986 million hryvnias.',
    'Sparrow said traffic would resume in April.',
    'Subscribe to our channel for more news!',
  ].join('\n\n'),
  original: {
    id: 'o-side',
    url: 'https://news.example/uk/bridge',
    lang: 'uk',
    title: 'Мер Горобець відкрив новий міст',
    body: [
      'Мер Горобець відкрив міст через Дніпро в понеділок. Він коштував 98,6 млн гривень.',
      'Горобець сказав, що рух відновлять у квітні.',
      'Будівництво тривало два роки.',
    ].join('\n\n'),
  } satisfies OriginalText,
};

function sideBySideArticle(): ArticleResult {
  const { title, body, original } = SIDE;
  const para = (text: string, p: string) => {
    const start = text.indexOf(p);
    return { start, end: start + p.length };
  };
  const [r0, r1, r2] = body.split('\n\n') as [string, string, string];
  const [o0, o1, o2] = original.body.split('\n\n') as [string, string, string];
  const name = finding('body', body, 'Sparrow', {
    rule: 'fidelity/name-mismatch',
    kind: 'name',
    severity: 'critical',
    message: 'The name "Горобець" is translated as the common word "Sparrow"',
    nth: 'all',
  });
  const number = finding('body', body, '986', {
    rule: 'fidelity/number-mismatch',
    kind: 'number',
    severity: 'critical',
    message: 'The original has 98,6 here, not 986',
    suggestion: '98.6',
  });
  const priced = 'Він коштував 98,6 млн гривень.';
  number.context!.aligned = { field: 'original.body', ...para(original.body, priced), text: priced };
  const added = finding('body', body, r2, {
    rule: 'fidelity/addition',
    kind: 'addition',
    severity: 'major',
    message: 'This paragraph is not in the original',
    suggestion: '',
  });
  added.related = [
    {
      rule: 'markup/site-chrome',
      messageId: 'm',
      kind: 'boilerplate',
      severity: 'minor',
      field: 'body',
      ...para(body, 'Subscribe to our channel'),
      text: 'Subscribe to our channel',
      message: 'Subscribe prompt',
    },
  ];
  const omitted = finding('original.body', original.body, o2, {
    rule: 'fidelity/omission',
    kind: 'omission',
    severity: 'major',
    message: 'This paragraph of the original is missing from the republished text',
  });
  const cut = finding('title', title, 'bridge...', {
    rule: 'markup/truncated',
    kind: 'truncation',
    severity: 'minor',
    message: 'The headline is cut off',
  });
  return article({
    id: 'r-side',
    url: 'https://partner.example/bridge',
    feed: 'https://partner.example/feed.xml',
    title,
    body,
    lang: { detected: 'en', declared: 'en', confidence: 0.95 },
    original: { id: original.id, lang: 'uk', confidence: 0.9, method: 'cross-lingual' },
    score: 12.5,
    verdict: 'fail',
    headline: { score: 98, verdict: 'review' },
    issues: [cut, name, number, added, omitted],
    alignment: {
      paragraphs: [
        { republished: para(body, r0), original: para(original.body, o0), similarity: 0.9 },
        { republished: para(body, r1), original: para(original.body, o1), similarity: 0.8 },
        { republished: null, original: para(original.body, o2), similarity: 0 },
        { republished: para(body, r2), original: null, similarity: 0 },
      ],
    },
  });
}

function hostileArticle(): ArticleResult {
  const { id, title, body, url, feed } = HOSTILE;
  return article({
    id,
    title,
    body,
    url,
    feed,
    score: 40,
    verdict: 'fail',
    headline: { score: 50, verdict: 'fail' },
    ruleErrors: [
      { rule: 'fluency/nonword', message: 'broke on <img src=x onerror="window.__pwned=\'rule\'">' },
    ],
    issues: [
      finding('title', title, '<script>window.__pwned="title"</script>', {
        rule: 'markup/leaked-code',
        kind: 'markup',
        severity: 'critical',
        message: 'Leaked code "<script>window.__pwned="title"</script>"',
        suggestion: '<img src=x onerror="window.__pwned=\'suggestion\'">',
      }),
      finding('body', body, '<b>bold</b>', {
        rule: 'markup/leaked-code',
        kind: 'markup',
        severity: 'minor',
        message: 'Leaked HTML <b onclick="window.__pwned=\'message\'">bold</b>',
        suggestion: 'bold',
      }),
    ],
  });
}

const FEEDS = ['https://one.example/feed.xml', 'https://two.example/rss', 'archive.jsonl'];
const LANGS = ['en', 'en', 'en', 'de', 'uk'];
const WORDS = [
  'council',
  'budget',
  'river',
  'harvest',
  'school',
  'railway',
  'museum',
  'storm',
  'port',
  'election',
];

/** A plain article `k` with a deterministic score, verdict, feed, language and one finding or none. */
export function plainArticle(k: number): ArticleResult {
  const word = WORDS[k % WORDS.length]!;
  const title = `The ${word} story number ${k}`;
  const body = `Paragraph one about the ${word} ${k}.\n\nParagraph two repeats repeats a word.`;
  const score = (k * 37) % 101;
  const verdict: Verdict = score < 60 ? 'fail' : score < 90 ? 'review' : 'pass';
  const issues =
    verdict === 'pass'
      ? []
      : [
          finding('body', body, 'repeats repeats', {
            rule: 'fluency/repeated-word',
            kind: 'repetition',
            severity: verdict === 'fail' ? 'major' : 'minor',
            message: 'Repeated word "repeats"',
            suggestion: 'repeats',
          }),
        ];
  return article({
    id: `a-${String(k).padStart(5, '0')}`,
    title,
    body,
    url: `https://${FEEDS[k % 3]!.split('/')[2]}/story/${k}`,
    feed: FEEDS[k % FEEDS.length]!,
    lang: { detected: LANGS[k % LANGS.length]!, declared: null, confidence: 0.9 },
    score,
    verdict,
    headline: { score: 100, verdict: 'pass' },
    issues,
  });
}

/** The hostile article, the side-by-side one and `plain` plain articles, as one run. */
export function fixtureReport(plain = 20): RunReport {
  const articles = [hostileArticle(), sideBySideArticle()];
  for (let k = 0; k < plain; k++) articles.push(plainArticle(k));
  const errors = [
    { input: 'broken<script>window.__pwned="error"</script>.jsonl', line: 3, message: 'not valid JSON' },
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'syndiq', version: '0.0.0-test' },
    run: {
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:05.000Z',
      inputs: ['partner.jsonl'],
      originals: ['originals.jsonl'],
      config: {},
    },
    summary: summarize(articles, errors),
    errors,
    articles,
    originals: [SIDE.original],
  };
}
