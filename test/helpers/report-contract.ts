/** Assertions that a report keeps its contract: the JSON Schema and the offset rule. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { ArticleResult, Field, OriginalText, RunReport, TextSpan } from '../../src/model.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
export const validateReport = ajv.compile(schema);

export interface FieldTexts {
  title: string;
  body: string;
}

/** The report carries the texts its offsets point into: every span reads back from the report alone. */
export function expectSelfContained(report: RunReport): void {
  const originals = new Map<string, OriginalText>(report.originals.map((o) => [o.id, o]));
  expect(originals.size, 'each original once').toBe(report.originals.length);
  for (const a of report.articles) {
    const original = a.original ? originals.get(a.original.id) : undefined;
    if (a.original) expect(original, `${a.id}: text of original ${a.original.id}`).toBeDefined();
    const fieldText = (field: Field): string | undefined =>
      ({ title: a.title, body: a.body, 'original.title': original?.title, 'original.body': original?.body })[
        field
      ];
    const readBack = (field: Field, span: TextSpan, text: string, what: string): void =>
      expect(fieldText(field)?.slice(span.start, span.end), `${a.id}: ${what}`).toBe(text);
    for (const i of a.issues) {
      readBack(i.field, i, i.text, i.rule);
      for (const o of i.occurrences ?? []) readBack(i.field, o, i.text, `${i.rule} occurrence`);
      for (const r of i.related ?? []) readBack(r.field, r, r.text, `${r.rule} related to ${i.rule}`);
      expect(i.context, `${a.id}: ${i.rule} has its context`).toBeDefined();
      const { sentence, aligned } = i.context!;
      readBack(sentence.field, sentence, sentence.text, `${i.rule} sentence`);
      expect(sentence.start <= i.start && i.end <= sentence.end, `${a.id}: sentence around the span`).toBe(
        true,
      );
      if (aligned) readBack(aligned.field, aligned, aligned.text, `${i.rule} aligned passage`);
      if (!a.original) expect(aligned, `${a.id}: nothing aligned without an original`).toBeNull();
    }
    expectAlignmentInBounds(a, original);
  }
}

function expectAlignmentInBounds(a: ArticleResult, original: OriginalText | undefined): void {
  if (!a.alignment) return;
  const inside = (span: TextSpan | null, text: string | undefined): boolean =>
    span === null ||
    (text !== undefined && 0 <= span.start && span.start < span.end && span.end <= text.length);
  let lastR = 0;
  let lastO = 0;
  for (const p of a.alignment.paragraphs) {
    expect(
      inside(p.republished, a.body) && inside(p.original, original?.body),
      `${a.id}: pair in bounds`,
    ).toBe(true);
    expect(p.republished !== null || p.original !== null).toBe(true);
    // reading order on both sides
    if (p.republished) expect(p.republished.start).toBeGreaterThanOrEqual(lastR);
    if (p.original) expect(p.original.start).toBeGreaterThanOrEqual(lastO);
    lastR = p.republished?.end ?? lastR;
    lastO = p.original?.end ?? lastO;
  }
}

/** Schema-valid, and every issue's text is exactly the slice of its field. */
export function expectReportContract(
  report: RunReport,
  republished: Map<string, FieldTexts>,
  originals: Map<string, FieldTexts>,
): void {
  expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 5))).toBe(true);
  for (const a of report.articles) {
    const own = republished.get(a.id);
    const orig = a.original ? originals.get(a.original.id) : undefined;
    for (const i of a.issues) {
      const field =
        i.field === 'title'
          ? own?.title
          : i.field === 'body'
            ? own?.body
            : i.field === 'original.title'
              ? orig?.title
              : orig?.body;
      expect(field, `${a.id}: ${i.rule} on ${i.field}`).toBeTypeOf('string');
      expect(field!.slice(i.start, i.end), `${a.id}: ${i.rule}`).toBe(i.text);
    }
  }
  expectSelfContained(report);
}
