/**
 * Local inputs that cost a run: unreadable sub-folders, FIFOs, devices, broken and looping symbolic
 * links, inputs that never end, I/O errors half-way through a file. Every entry ends as a result or
 * an error entry naming it, and the good inputs beside them are still read.
 *
 * Root reads a folder whatever its mode, so permission errors are tested two ways: injected through
 * `LocalFs` (works for any user), and for real by running the CLI as `nobody` when the suite runs as
 * root (or as the current user otherwise) against a chmod-000 folder.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/ingest/jsonl.js';
import { LocalFiles, type LocalFs, nodeFs } from '../../src/ingest/local.js';
import { readSources } from '../../src/ingest/sources.js';
import type { RunReport } from '../../src/model.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { spawnCli, unprivileged } from '../helpers/spawn-cli.js';
import { tempDir } from '../helpers/tmp.js';

const rec = (id: string): string =>
  JSON.stringify({ id, title: `Headline ${id}`, body: `The council met on Tuesday about item ${id}.` });
const PAGE = join(import.meta.dirname, '..', 'fixtures', 'web', 'news-page.html');
const noFetch = { cacheDir: null, retries: 0, timeoutMs: 2000 };

const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);

const denied = (path: string): Error =>
  Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

/** A folder with good inputs beside every kind of entry that cannot be read. */
async function hostileFolder(): Promise<{ root: string; dir: string }> {
  const root = await tempDir('syndiq-hostile-');
  const dir = join(root, 'inputs');
  await mkdir(join(dir, 'sub'), { recursive: true });
  await mkdir(join(dir, 'locked'));
  await writeFile(join(dir, 'good.jsonl'), [rec('g1'), rec('g2')].join('\n'));
  await copyFile(PAGE, join(dir, 'page.html'));
  await writeFile(join(dir, 'sub', 'more.jsonl'), rec('s1'));
  await writeFile(join(dir, 'locked', 'hidden.jsonl'), rec('h1'));
  await writeFile(join(root, 'outside.jsonl'), rec('o1'));
  mkfifo(join(dir, 'stuck.jsonl'));
  await symlink('/dev/null', join(dir, 'null.jsonl'));
  await symlink(join(root, 'missing.jsonl'), join(dir, 'dangling.jsonl'));
  await symlink('.', join(dir, 'loop'));
  await symlink('sub', join(dir, 'alias'));
  await symlink(join(root, 'outside.jsonl'), join(dir, 'linked.jsonl'));
  return { root, dir };
}

/** What the folder must give: every readable record, and one error per other entry. */
const expectedIds = (pageId: string): string[] => ['g1', 'g2', 'o1', pageId, 's1'].sort();
const expectedErrors = (dir: string): [string, RegExp][] => [
  [join(dir, 'alias'), /symbolic link to a folder already read/],
  [join(dir, 'dangling.jsonl'), /^broken symbolic link: no such file/],
  [join(dir, 'locked'), /^folder not read: permission denied/],
  [join(dir, 'loop'), /symbolic link to a folder already read/],
  [join(dir, 'null.jsonl'), /^a character device, not a regular file/],
  [join(dir, 'stuck.jsonl'), /^a FIFO \(named pipe\), not a regular file/],
];

describe('an input folder with entries that cannot be read', () => {
  it('reads every good input and gives each other entry an error naming it (faults injected)', async () => {
    const { dir } = await hostileFolder();
    const fs: LocalFs = {
      ...nodeFs,
      readdir: (path) => (path.endsWith('locked') ? Promise.reject(denied(path)) : nodeFs.readdir(path)),
    };
    const { articles, errors } = await readSources([dir], { fetch: noFetch, local: { fs } });
    const page = articles.find((a) => a.input === join(dir, 'page.html'));
    expect(page).toBeDefined();
    expect(articles.map((a) => a.id).sort()).toEqual(expectedIds(page!.id));
    const got = errors.map((e) => [e.input, e.message]).sort();
    const want = expectedErrors(dir);
    expect(got.map(([input]) => input)).toEqual(want.map(([input]) => input));
    got.forEach(([, message], i) => expect(message).toMatch(want[i]![1]));
  });

  it('does the same for real, through the CLI, with a chmod-000 folder', async () => {
    const { root, dir } = await hostileFolder();
    const out = join(root, 'out');
    const user = unprivileged();
    if (user) {
      // `nobody` must reach the inputs and write the reports; only `locked` stays closed.
      await chmod(root, 0o777);
      await chmod(dir, 0o755);
      await mkdir(out, { mode: 0o777 });
      await chmod(out, 0o777);
    }
    await chmod(join(dir, 'locked'), 0o000);
    try {
      // the inputs are English: the run loads no other language, on the main thread
      const config = await languagesConfigFile(root, ['en']);
      const flags = ['--config', config, ...MAIN_THREAD];
      const run = await spawnCli(['check', dir, '--out', out, '--no-cache', '--quiet', ...flags], { user });
      // --quiet hides the summary, never an input error; an input error is an alert by default.
      expect(run.err).toMatch(/locked: .*permission denied/);
      expect(run.code).toBe(1);
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
      const page = report.articles.find((a) => a.input === join(dir, 'page.html'));
      expect(report.articles.map((a) => a.id).sort()).toEqual(expectedIds(page!.id));
      expect(report.errors.map((e) => e.input)).toEqual(expectedErrors(dir).map(([input]) => input));
      expect(report.errors.find((e) => e.input.endsWith('locked'))?.message).toMatch(/permission denied/);
    } finally {
      await chmod(join(dir, 'locked'), 0o755);
    }
  });

  it('says so when a folder has nothing to read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'not an input');
    const { errors } = await readSources([dir]);
    expect(errors).toEqual([{ input: dir, message: 'directory has no .jsonl, .json, .xml or .html files' }]);
  });
});

describe('inputs that never end', () => {
  const writers: WriteStream[] = [];
  afterEach(() => {
    while (writers.length) writers.pop()!.destroy();
  });

  it('keeps the records a FIFO gave before its deadline, and says it stopped', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'stream.jsonl');
    mkfifo(fifo);
    await writeFile(join(dir, 'good.jsonl'), rec('g1'));
    // The writer opens once syndiq does, sends two records and never closes.
    const writer = createWriteStream(fifo);
    writers.push(writer);
    writer.on('open', () => writer.write(`${rec('p1')}\n${rec('p2')}\n`));
    writer.on('error', () => undefined);
    const { articles, errors } = await readSources([fifo, join(dir, 'good.jsonl')], {
      local: { readTimeoutMs: 500 },
    });
    expect(articles.map((a) => a.id)).toEqual(['p1', 'p2', 'g1']);
    expect(errors).toEqual([
      {
        input: fifo,
        message:
          'the pipe did not end within 0.5 s; reading stopped (after line 2; the records before it were read)',
      },
    ]);
  });

  it('gives up on a FIFO nobody writes to, and on a feed that never ends', async () => {
    const dir = await tempDir();
    mkfifo(join(dir, 'silent.jsonl'));
    mkfifo(join(dir, 'feed.xml'));
    const writer = createWriteStream(join(dir, 'feed.xml'));
    writers.push(writer);
    writer.on('open', () =>
      writer.write('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'),
    );
    writer.on('error', () => undefined);
    const { articles, errors } = await readSources([join(dir, 'silent.jsonl'), join(dir, 'feed.xml')], {
      fetch: noFetch,
      local: { readTimeoutMs: 300 },
    });
    expect(articles).toEqual([]);
    expect(errors).toEqual([
      { input: join(dir, 'silent.jsonl'), message: 'the pipe did not end within 0.3 s; reading stopped' },
      { input: join(dir, 'feed.xml'), message: 'the pipe did not end within 0.3 s; reading stopped' },
    ]);
  });

  it('reads a FIFO that does end (process substitution)', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'piped.jsonl');
    mkfifo(fifo);
    const writer = createWriteStream(fifo);
    writers.push(writer);
    writer.on('open', () => writer.end(`${rec('p1')}\n${rec('p2')}`));
    const { articles, errors } = await readSources([fifo], { local: { readTimeoutMs: 30_000 } });
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('reads a file that keeps growing only up to its size when opened', async () => {
    const dir = await tempDir();
    const path = join(dir, 'growing.jsonl');
    await writeFile(path, `${rec('a')}\n`);
    const files = new LocalFiles();
    const { stream, size } = await files.open(path);
    await writeFile(path, `${rec('a')}\n${rec('b')}\n`);
    const chunks: Buffer[] = [];
    for await (const c of stream as AsyncIterable<Buffer>) chunks.push(c);
    expect(Buffer.concat(chunks).length).toBe(size);
  });
});

describe('I/O errors', () => {
  it('keeps the records read before an I/O error half-way through a file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'flaky.jsonl');
    await writeFile(path, `${rec('a')}\n${rec('b')}\n${rec('c')}\n`);
    const fs: LocalFs = {
      ...nodeFs,
      stream: (fd) => {
        nodeFs.close(fd);
        return Readable.from(
          (async function* () {
            yield Buffer.from(`${rec('a')}\n${rec('b')}\n{"id":"c","ti`);
            throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
          })(),
        );
      },
    };
    const r = await readJsonl(path, undefined, new LocalFiles({ fs }));
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.errors).toEqual([
      {
        input: path,
        message: 'cannot read: EIO: i/o error, read (after line 2; the records before it were read)',
      },
    ]);
  });

  it('refuses devices given by name without opening them', async () => {
    let opened = 0;
    const fs: LocalFs = { ...nodeFs, open: (p) => (opened++, nodeFs.open(p)) };
    const { errors } = await readSources(['/dev/zero', '/dev/null'], { local: { fs } });
    expect(errors.map((e) => e.message)).toEqual([
      'a character device, not a regular file: not read',
      'a character device, not a regular file: not read',
    ]);
    expect(opened).toBe(0);
  });
});
