/**
 * "Adding a language" in the README, done as it says: a copy of the project gets the language table
 * entry and the lexicons shown there (read from the README itself, so the two cannot drift apart), the
 * config lists the language, and `syndiq check` then identifies a story in it, matches its English
 * translation with it and reports the share line its lexicon names. No code changes.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../src/config/config.js';
import type { RunReport } from '../../src/model.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The fenced blocks of the README's "Adding a language" section, in order. */
function readmeSteps(): { entry: Record<string, unknown>; lexicons: Map<string, string>; config: unknown } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Adding a language'),
    readme.indexOf('What is still code:'),
  );
  const blocks = [...section.matchAll(/```(\w+)\n([^]*?)```/g)].map((m) => ({
    lang: m[1]!,
    text: m[2]!.replace(/^ {3}/gm, ''),
  }));
  expect(blocks.map((b) => b.lang)).toEqual(['json', 'text', 'text', 'json']);
  // the files the text blocks go into, as the README names them just before each block
  const files = [...section.matchAll(/`corpora\/lexicons\/([\w.-]+\.txt)`/g)].map((m) => m[1]!);
  expect(files).toHaveLength(2);
  return {
    entry: JSON.parse(`{${blocks[0]!.text}}`) as Record<string, unknown>,
    lexicons: new Map([
      [files[0]!, blocks[1]!.text],
      [files[1]!, blocks[2]!.text],
    ]),
    config: JSON.parse(blocks[3]!.text),
  };
}

// A story written for this test, in Basque, and its English translation (names and figures kept).
const ORIGINAL = {
  id: 'eu-o1',
  lang: 'eu',
  title: 'Bilboko Udalak bi milioi euro bideratuko ditu Otxarkoagako liburutegi berrira',
  body:
    'Bilboko Udalak astelehenean onartu zuen Otxarkoagako liburutegi berriaren proiektua. Lanek bi milioi euro inguru kostatuko dute eta datorren urtean hasiko dira.\n\n' +
    '«Auzoak aspalditik eskatzen zuen irakurtzeko eta ikasteko gune bat», esan zuen Miren Etxeberria zinegotziak. Liburutegiak 300 eserleku izango ditu eta larunbatetan ere zabalik egongo da.\n\n' +
    'Udalaren arabera, eraikina 2026ko udazkenean amaituko da.',
};
const TRANSLATION = {
  id: 'en-r1',
  title: 'Bilbao to spend two million euros on a new library in Otxarkoaga',
  body:
    'Bilbao City Council on Monday approved the project for the new Otxarkoaga library. The works will cost around two million euros and will start next year.\n\n' +
    '"The neighbourhood has long asked for a place to read and study," said councillor Miren Etxeberria. The library will have 300 seats and will also be open on Saturdays.\n\n' +
    'According to the council, the building will be finished in autumn 2026.',
};
// The Basque story republished with a share line left in its text.
const REPUBLISHED = {
  id: 'eu-r1',
  title: 'Otxarkoagak liburutegi berria izango du',
  body:
    'Bilboko Udalak astelehenean onartu zuen Otxarkoagako liburutegi berriaren proiektua. Lanek bi milioi euro inguru kostatuko dute eta datorren urtean hasiko dira.\n\n' +
    'Liburutegiak 300 eserleku izango ditu eta larunbatetan ere zabalik egongo da.\n\n' +
    'Partekatu albiste hau',
};

/** A copy of the project whose data can be changed: its own src and corpora, shared node_modules. */
function copyProject(dir: string): string {
  const project = join(dir, 'project');
  mkdirSync(join(project, 'corpora', 'lexicons'), { recursive: true });
  cpSync(join(ROOT, 'src'), join(project, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(project, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'corpora')))
    if (name !== 'lexicons' && name !== 'languages.json')
      symlinkSync(join(ROOT, 'corpora', name), join(project, 'corpora', name));
  for (const name of readdirSync(join(ROOT, 'corpora', 'lexicons')))
    symlinkSync(join(ROOT, 'corpora', 'lexicons', name), join(project, 'corpora', 'lexicons', name));
  cpSync(join(ROOT, 'corpora', 'languages.json'), join(project, 'corpora', 'languages.json'));
  return project;
}

describe('adding a language by data alone, as the README shows', () => {
  let dir = '';
  let report: RunReport;
  let code: number;
  const steps = readmeSteps();
  const [lang] = Object.keys(steps.entry);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'syndiq-add-language-'));
    const project = copyProject(dir);
    // step 1: the language table entry
    const tableFile = join(project, 'corpora', 'languages.json');
    const table = JSON.parse(readFileSync(tableFile, 'utf8')) as { languages: Record<string, unknown> };
    Object.assign(table.languages, steps.entry);
    writeFileSync(tableFile, JSON.stringify(table, null, 2));
    // step 2: the lexicons
    for (const [name, text] of steps.lexicons)
      writeFileSync(join(project, 'corpora', 'lexicons', name), text);
    // step 3: the config
    writeFileSync(join(dir, 'syndiq.config.json'), JSON.stringify(steps.config));
    writeFileSync(join(dir, 'originals.jsonl'), `${JSON.stringify(ORIGINAL)}\n`);
    writeFileSync(
      join(dir, 'republished.jsonl'),
      [TRANSLATION, REPUBLISHED].map((r) => JSON.stringify(r)).join('\n'),
    );
    const launch = join(project, 'src', 'cli', 'launch.ts');
    const script = `import { launch } from ${JSON.stringify(launch)}; await launch(process.argv.slice(1));`;
    const args = [
      'check',
      'republished.jsonl',
      '--originals',
      'originals.jsonl',
      '--no-cache',
      '--format',
      'json',
      '--quiet',
      '--out',
      'out',
    ];
    const tsx = import.meta.resolve('tsx');
    try {
      await promisify(execFile)(
        process.execPath,
        ['--import', tsx, '--input-type=module', '-e', script, ...args],
        { cwd: dir },
      );
      code = 0;
    } catch (e) {
      code = (e as { code?: number }).code ?? -1;
    }
    report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as RunReport;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a language this project does not know before the steps', () => {
    expect(lang).toBe('eu');
    expect(() => resolveConfig(steps.config)).toThrow(ConfigError);
    expect(() => resolveConfig(steps.config)).toThrow(/unknown language "eu"/);
  });

  it('identifies a story in it and matches its English translation with it', () => {
    expect(code).toBe(0);
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    expect(byId.get('eu-r1')?.lang.detected).toBe('eu');
    expect(byId.get('en-r1')?.lang.detected).toBe('en');
    expect(byId.get('en-r1')?.original?.id).toBe('eu-o1');
    expect(byId.get('eu-r1')?.original?.id).toBe('eu-o1');
  });

  it('reads its lexicons: the share line of its boilerplate lexicon is reported, nothing else', () => {
    const basque = report.articles.find((a) => a.id === 'eu-r1')!;
    expect(basque.issues.map((i) => [i.rule, i.text])).toEqual([
      ['markup/site-chrome', 'Partekatu albiste hau'],
    ]);
    expect(report.articles.find((a) => a.id === 'en-r1')!.issues).toEqual([]);
  });
});
