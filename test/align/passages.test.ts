import { describe, expect, it } from 'vitest';
import { issueContext } from '../../src/align/context.js';
import { reportAlignment } from '../../src/align/passages.js';
import type { Alignment } from '../../src/align/types.js';
import type { Field, ReportAlignment } from '../../src/model.js';
import { FieldText } from '../../src/text/field.js';

const REPUBLISHED = [
  'The ferry to Hel resumes on Monday. Tickets cost 40 zlotys.',
  'It sails twice a day.',
  'In summer it sails four times.',
  'Subscribe to our channel!',
].join('\n\n');
const ORIGINAL = [
  'Prom na Hel wraca w poniedziałek. Bilety kosztują 40 złotych.',
  'Pływa dwa razy dziennie, a latem cztery razy.',
  'Rejs trwa dwie godziny.',
].join('\n\n');

const body = new FieldText('body', REPUBLISHED, 'en');
const originalBody = new FieldText('original.body', ORIGINAL, 'pl');
const slice = (text: string, span: { start: number; end: number } | null): string | null =>
  span ? text.slice(span.start, span.end) : null;

// paragraph 1 and 2 of the republished text are one original paragraph split in two (a merge);
// the original's third paragraph was left out, the republished fourth was added
const ALIGNMENT: Alignment = {
  pairs: [
    { republished: 0, original: 0, similarity: 0.9 },
    { republished: 1, original: 1, similarity: 0.7 },
    { republished: 2, original: 1, similarity: 0.7 },
    { republished: null, original: 2, similarity: 0 },
    { republished: 3, original: null, similarity: 0 },
  ],
};

describe('reportAlignment', () => {
  const report = reportAlignment(ALIGNMENT, body.paragraphs, originalBody.paragraphs);

  it('turns paragraph indices into spans of both texts, a merge into one pair covering both paragraphs', () => {
    expect(
      report.paragraphs.map((p) => [slice(REPUBLISHED, p.republished), slice(ORIGINAL, p.original)]),
    ).toEqual([
      [
        'The ferry to Hel resumes on Monday. Tickets cost 40 zlotys.',
        'Prom na Hel wraca w poniedziałek. Bilety kosztują 40 złotych.',
      ],
      [
        'It sails twice a day.\n\nIn summer it sails four times.',
        'Pływa dwa razy dziennie, a latem cztery razy.',
      ],
      [null, 'Rejs trwa dwie godziny.'],
      ['Subscribe to our channel!', null],
    ]);
    expect(report.paragraphs.map((p) => p.similarity)).toEqual([0.9, 0.7, 0, 0]);
  });
});

describe('issueContext', () => {
  const sources = (alignment: ReportAlignment | null, withOriginal = true) => ({
    title: new FieldText('title', 'Ferry to Hel resumes', 'en'),
    body,
    original: withOriginal
      ? { title: new FieldText('original.title', 'Prom na Hel wraca', 'pl'), body: originalBody }
      : null,
    alignment,
  });
  const span = (field: Field, text: string, whole: string) => {
    const start = whole.indexOf(text);
    return { field, start, end: start + text.length };
  };
  const aligned = reportAlignment(ALIGNMENT, body.paragraphs, originalBody.paragraphs);

  it('gives the sentence around a body span and the original paragraph it is aligned with', () => {
    const ctx = issueContext(sources(aligned), span('body', '40', REPUBLISHED))!;
    expect(ctx.sentence.text).toBe('Tickets cost 40 zlotys.');
    expect(ctx.aligned).toMatchObject({
      field: 'original.body',
      text: 'Prom na Hel wraca w poniedziałek. Bilety kosztują 40 złotych.',
    });
  });

  it('narrows to the aligned sentence when the alignment has sentence pairs', () => {
    const withSentences: ReportAlignment = {
      paragraphs: aligned.paragraphs.map((p, k) =>
        k === 0
          ? {
              ...p,
              sentences: [
                { republished: { start: 0, end: 35 }, original: { start: 0, end: 33 }, similarity: 0.8 },
                { republished: { start: 36, end: 59 }, original: { start: 34, end: 61 }, similarity: 0.9 },
              ],
            }
          : p,
      ),
    };
    const ctx = issueContext(sources(withSentences), span('body', '40', REPUBLISHED))!;
    expect(ctx.aligned?.text).toBe('Bilety kosztują 40 złotych.');
  });

  it('widens to every sentence a long span touches', () => {
    const ctx = issueContext(sources(aligned), span('body', 'Monday. Tickets', REPUBLISHED))!;
    expect(ctx.sentence.text).toBe('The ferry to Hel resumes on Monday. Tickets cost 40 zlotys.');
  });

  it('has no aligned passage for an added paragraph, nor without an original', () => {
    expect(issueContext(sources(aligned), span('body', 'Subscribe', REPUBLISHED))!.aligned).toBeNull();
    expect(issueContext(sources(null, false), span('body', '40', REPUBLISHED))!.aligned).toBeNull();
  });

  it('pairs headlines with each other, and a span of the original with its republished counterpart', () => {
    expect(issueContext(sources(aligned), span('title', 'Hel', 'Ferry to Hel resumes'))!.aligned?.text).toBe(
      'Prom na Hel wraca',
    );
    const inOriginal = issueContext(sources(aligned), span('original.body', 'latem', ORIGINAL))!;
    expect(inOriginal.sentence.text).toBe('Pływa dwa razy dziennie, a latem cztery razy.');
    expect(inOriginal.aligned?.text).toBe('It sails twice a day.\n\nIn summer it sails four times.');
    expect(issueContext(sources(aligned), span('original.body', 'Rejs', ORIGINAL))!.aligned).toBeNull();
  });

  it('has nothing to say about a field the article does not have', () => {
    expect(issueContext(sources(null, false), { field: 'original.body', start: 0, end: 2 })).toBeNull();
  });
});
