import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, readJsonl, validateRecord } from '../../src/ingest/jsonl.js';
import { readSources } from '../../src/ingest/sources.js';
import { tempDir } from '../helpers/tmp.js';

const rec = (o: object): string => JSON.stringify(o);

describe('validateRecord', () => {
  it('accepts a minimal record and drops empty optional fields', () => {
    expect(validateRecord({ id: 'a', title: 'T', body: 'B', url: '' })).toEqual({
      id: 'a',
      title: 'T',
      body: 'B',
    });
  });
  it('turns a numeric id into a string and a missing body into an empty one', () => {
    expect(validateRecord({ id: 7, title: 'T' })).toEqual({ id: '7', title: 'T', body: '' });
  });
  it.each([
    [[1, 2], 'not a JSON object'],
    [{ title: 'T', body: 'B' }, 'record has no "id"'],
    [{ id: ' ', title: 'T' }, 'record has no "id"'],
    [{ id: 'x', body: 'B' }, 'record "x" has no "title"'],
    [{ id: 'x', title: 'T', body: 5 }, 'record "x": "body" must be a string'],
    [{ id: 'x', title: 'T', lang: ['en'] }, 'record "x": "lang" must be a string'],
  ])('rejects %j', (value, reason) => {
    expect(validateRecord(value)).toBe(reason);
  });
});

describe('parseJsonl', () => {
  it('keeps good records around broken lines and names each line', () => {
    const text = [
      rec({ id: 'a', title: 'A', body: 'x' }),
      '{broken',
      '',
      rec({ title: 'no id' }),
      rec({ id: 'b', title: 'B', body: 'y' }),
    ].join('\n');
    const r = parseJsonl(text, 'in.jsonl');
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.errors).toEqual([
      { input: 'in.jsonl', line: 2, message: expect.stringMatching(/^not valid JSON/) },
      { input: 'in.jsonl', line: 4, message: 'record has no "id"' },
    ]);
  });
  it('accepts CRLF line ends and a byte-order mark', () => {
    const r = parseJsonl(
      '\ufeff' +
        rec({ id: 'a', title: 'A', body: '' }) +
        '\r\n' +
        rec({ id: 'b', title: 'B', body: '' }) +
        '\r\n',
      'f',
    );
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.errors).toEqual([]);
  });
});

describe('readJsonl', () => {
  it('reports a missing file as one error naming the path', async () => {
    const r = await readJsonl('/nonexistent/syndiq/file.jsonl');
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([
      { input: '/nonexistent/syndiq/file.jsonl', message: 'no such file or directory' },
    ]);
  });

  it('skips an over-long line with its size and still reads the next one', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.jsonl');
    const huge = rec({ id: 'huge', title: 'H', body: 'x'.repeat(2 * 1024 * 1024) });
    await writeFile(
      path,
      [rec({ id: 'a', title: 'A', body: '' }), huge, rec({ id: 'b', title: 'B', body: '' })].join('\n'),
    );
    const r = await readJsonl(path, 1024 * 1024);
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      input: path,
      line: 2,
      message: expect.stringMatching(/2\.0 MB, over the 1 MB limit/),
    });
  });

  it('reports a duplicate id and keeps the first record', async () => {
    const dir = await tempDir();
    const path = join(dir, 'dup.jsonl');
    await writeFile(path, [rec({ id: 'a', title: 'first' }), rec({ id: 'a', title: 'second' })].join('\n'));
    const r = await readJsonl(path);
    expect(r.articles.map((a) => a.title)).toEqual(['first']);
    expect(r.errors[0]).toMatchObject({ line: 2, message: 'duplicate id "a"; the first record was kept' });
  });

  it('reports a directory given where a file was expected', async () => {
    const dir = await tempDir();
    const r = await readJsonl(dir);
    expect(r.errors).toEqual([{ input: dir, message: 'is a directory' }]);
  });

  // Root reads files whatever their mode, so this only means something for other users.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'locked.jsonl');
    await writeFile(path, rec({ id: 'a', title: 'A' }));
    await chmod(path, 0o000);
    const r = await readJsonl(path);
    expect(r.errors[0]?.message).toMatch(/permission denied/);
  });
});

describe('readSources', () => {
  it('reads folders recursively in a stable order and keeps going past a missing input', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'b.jsonl'), rec({ id: 'b1', title: 'B' }));
    await writeFile(join(dir, 'a.jsonl'), rec({ id: 'a1', title: 'A' }));
    await writeFile(join(dir, 'notes.txt'), 'not an input');
    const r = await readSources([join(dir, 'missing.jsonl'), dir]);
    expect(r.articles.map((a) => a.id)).toEqual(['a1', 'b1']);
    expect(r.errors).toEqual([{ input: join(dir, 'missing.jsonl'), message: 'no such file or directory' }]);
  });
});
