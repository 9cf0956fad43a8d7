/**
 * Consistency of the bundled sample corpus (corpora/samples): the default `syndiq check` run and
 * `syndiq eval corpora/samples` rely on it, so a broken line, a label whose text no longer occurs or a
 * label pointing at a missing original must fail here rather than silently skew the evaluation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../src/ingest/jsonl.js';
import { ISSUE_KINDS } from '../src/model.js';

const DIR = fileURLToPath(new URL('../corpora/samples/', import.meta.url));

const CATEGORIES = new Set<string>(ISSUE_KINDS);

type Json = Record<string, unknown>;

interface LabelIssue {
  field: 'title' | 'body';
  text: string;
  category: string;
  critical: boolean;
  in?: 'original';
}

interface Label {
  id: string;
  original: string | null;
  article: 'ok' | 'garbled';
  headline: 'ok' | 'garbled';
  lang: string;
  issues: LabelIssue[];
}

/** Every non-empty line parsed as a JSON object; a bad line fails with its file and line number. */
function readLines(name: string): Json[] {
  const text = readFileSync(DIR + name, 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line, no: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, no }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new Error(`${name}:${no}: not valid JSON: ${(e as Error).message}`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error(`${name}:${no}: not a JSON object`);
      return value as Json;
    });
}

const originals = readLines('originals.jsonl');
const republished = readLines('republished.jsonl');
const labels = readLines('labels.jsonl') as unknown as Label[];
const originalById = new Map(originals.map((o) => [o.id as string, o]));

function expectArticleShape(rec: Json, where: string, required: string[]): void {
  for (const key of required) {
    expect(typeof rec[key], `${where}: "${key}" must be a string`).toBe('string');
    expect((rec[key] as string).trim(), `${where}: "${key}" is empty`).not.toBe('');
  }
  const body = rec.body as string;
  // Paragraphs are separated by a blank line only; a lone "\n" would merge or split paragraphs.
  expect(body.replace(/\n\n/g, ''), `${where}: single "\\n" in body`).not.toContain('\n');
  if (typeof rec.lang === 'string') expect(rec.lang, `${where}: lang`).toMatch(/^[a-z]{2}$/);
  if (typeof rec.published === 'string')
    expect(rec.published, `${where}: published needs an ISO 8601 offset`).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/,
    );
}

function expectUniqueIds(rows: Json[], name: string): void {
  const ids = rows.map((r) => r.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(dupes, `${name}: duplicate ids`).toEqual([]);
}

describe('sample corpus records', () => {
  it('has originals and republished articles', () => {
    expect(originals.length).toBeGreaterThan(0);
    expect(republished.length).toBeGreaterThan(0);
  });

  it('originals carry id, url, lang, title, body, published and source', () => {
    originals.forEach((o, i) =>
      expectArticleShape(o, `originals.jsonl:${i + 1}`, [
        'id',
        'url',
        'lang',
        'title',
        'body',
        'published',
        'source',
      ]),
    );
    expectUniqueIds(originals, 'originals.jsonl');
  });

  it('republished articles carry id, url, title, body and published', () => {
    republished.forEach((r, i) =>
      expectArticleShape(r, `republished.jsonl:${i + 1}`, ['id', 'url', 'title', 'body', 'published']),
    );
    expectUniqueIds(republished, 'republished.jsonl');
  });

  it('ids do not collide between originals and republished articles', () => {
    const shared = republished.filter((r) => originalById.has(r.id as string)).map((r) => r.id);
    expect(shared).toEqual([]);
  });

  it('is read by the JSON Lines ingest without errors', () => {
    for (const [name, count] of [
      ['originals.jsonl', originals.length],
      ['republished.jsonl', republished.length],
    ] as const) {
      const result = parseJsonl(readFileSync(DIR + name, 'utf8'), name);
      expect(result.errors, name).toEqual([]);
      expect(result.articles).toHaveLength(count);
    }
  });
});

describe('sample corpus labels', () => {
  it('has one label per republished article, same ids in the same order', () => {
    expect(labels.map((l) => l.id)).toEqual(republished.map((r) => r.id));
  });

  it.each(labels.map((l) => [l.id, l] as const))('%s is consistent', (id, label) => {
    const rec = republished.find((r) => r.id === id) as Json;
    expect(['ok', 'garbled']).toContain(label.article);
    expect(['ok', 'garbled']).toContain(label.headline);
    expect(label.lang).toMatch(/^[a-z]{2}$/);
    expect(Array.isArray(label.issues)).toBe(true);

    if (label.original !== null) {
      expect(originalById.has(label.original), `original "${label.original}" exists`).toBe(true);
    }
    expect(label.article === 'garbled', 'article is garbled iff it has issues').toBe(label.issues.length > 0);
    expect(label.headline === 'garbled', 'headline is garbled iff a title issue exists').toBe(
      label.issues.some((i) => i.field === 'title'),
    );

    for (const issue of label.issues) {
      const what = `${issue.category} "${issue.text}"`;
      expect(CATEGORIES.has(issue.category), `${what}: known category`).toBe(true);
      expect(typeof issue.critical, `${what}: critical is boolean`).toBe('boolean');
      expect(['title', 'body'], `${what}: field`).toContain(issue.field);
      expect(issue.text.length, `${what}: text is empty`).toBeGreaterThan(0);
      if (issue.category === 'omission') {
        // Omitted text lives in the original's body and must really be missing from the copy.
        expect(issue.in, `${what}: omissions are labelled "in": "original"`).toBe('original');
        expect(label.original, `${what}: an omission needs an original`).not.toBeNull();
        const original = originalById.get(label.original as string) as Json;
        expect(original.body as string, what).toContain(issue.text);
        expect(rec.body as string, what).not.toContain(issue.text);
      } else {
        expect(issue.in, `${what}: only omissions point at the original`).toBeUndefined();
        expect(rec[issue.field] as string, `${what}: occurs in ${issue.field}`).toContain(issue.text);
      }
    }
  });

  it('covers clean, garbled and orphan articles', () => {
    expect(labels.some((l) => l.article === 'ok')).toBe(true);
    expect(labels.some((l) => l.article === 'garbled')).toBe(true);
    expect(labels.some((l) => l.original === null)).toBe(true);
  });
});
