/** Assertions that a report keeps its contract: the JSON Schema and the offset rule. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { RunReport } from '../../src/model.js';

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
}
