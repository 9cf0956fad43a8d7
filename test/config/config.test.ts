import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_CONFIG,
  findConfigFile,
  loadConfig,
  resolveConfig,
} from '../../src/config/config.js';
import { tempDir } from '../helpers/tmp.js';

describe('resolveConfig', () => {
  it('returns the defaults for an empty config', () => {
    expect(resolveConfig({})).toEqual(DEFAULT_CONFIG);
  });
  it('merges nested settings over the defaults', () => {
    const c = resolveConfig({
      scoring: { article: { review: 90 } },
      rules: { 'fluency/repeated-word': 'off' },
      alerts: { maxFailRate: 0.2 },
    });
    expect(c.scoring.article).toEqual({ review: 90, fail: DEFAULT_CONFIG.scoring.article.fail });
    expect(c.scoring.headline).toEqual(DEFAULT_CONFIG.scoring.headline);
    expect(c.rules).toEqual({ ...DEFAULT_CONFIG.rules, 'fluency/repeated-word': 'off' });
    expect(c.alerts).toEqual({ maxFailRate: 0.2 });
  });
  it.each([
    [{ thresholds: {} }, 'thresholds: unknown setting'],
    [{ scoring: { article: { review: '95' } } }, 'scoring.article.review: expected a number'],
    [{ languages: 'en' }, 'languages: expected a list'],
    [{ rules: { 'x/y': 'severe' } }, 'rules.x/y: expected minor, major, critical or off'],
    [{ alerts: { maxFailRate: 'high' } }, 'alerts.maxFailRate: expected a number'],
    [{ alerts: { pager: true } }, 'alerts.pager: unknown setting'],
    [
      { scoring: { article: { review: 50, fail: 70 } } },
      'scoring.article: fail (70) must not exceed review (50)',
    ],
  ])('rejects %j', (partial, message) => {
    expect(() => resolveConfig(partial)).toThrow(new ConfigError(message));
  });
});

describe('loadConfig', () => {
  it('names the file when it is not JSON or missing', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{ nope');
    await expect(loadConfig(bad)).rejects.toThrow(/bad\.json: not valid JSON/);
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(
      /none\.json: cannot read config \(ENOENT\)/,
    );
  });
});

describe('config values and names', () => {
  const ruleIds = ['fluency/repeated-word', 'markup/leaked-code'];
  it.each([
    [{ languages: [] }, 'languages: list at least one language'],
    [{ languages: ['en', 'xx'] }, 'languages[1]: unknown language "xx"'],
    [{ expectedLanguages: ['eng'] }, 'expectedLanguages[0]: unknown language "eng" (did you mean "en"?)'],
    [{ scoring: { points: { major: -5 } } }, 'scoring.points.major: Too small: expected number to be >=0'],
    [{ scoring: { perWords: Infinity } }, 'scoring.perWords: expected a number'],
    [{ scoring: { perWords: 0 } }, 'scoring.perWords: Too small: expected number to be >0'],
    [
      { rules: { 'fluency/repeated-wrod': 'off' } },
      'rules.fluency/repeated-wrod: unknown rule (did you mean "fluency/repeated-word"?)',
    ],
    [{ alerts: { artcle: {} } }, 'alerts.artcle: unknown setting (did you mean "article"?)'],
    [{ feeds: [{ name: 'a' }] }, 'feeds[0]: give exactly one of "url" or "path"'],
    [{ sinks: { webhook: { url: 'ftp://x/y' } } }, 'sinks.webhook.url: Invalid URL'],
  ])('rejects %j naming the key', (partial, message) => {
    expect(() => resolveConfig(partial, { ruleIds })).toThrow(new ConfigError(message));
  });

  it('lists every bad key at once', () => {
    expect(() => resolveConfig({ languages: [], scoring: { points: { minor: -1 } } })).toThrow(
      /languages: .*\nscoring\.points\.minor: /,
    );
  });

  it('accepts a full nightly config', () => {
    const c = resolveConfig(
      {
        feeds: [{ name: 'partner', url: 'https://partner.example/feed.xml', lang: 'en', partner: 'P' }],
        alerts: { article: { scoreBelow: 60, critical: true }, trend: { dropPoints: 5, lastRuns: 7 } },
        sinks: { webhook: { url: 'https://hooks.example/x', format: 'slack', retries: 2 } },
        rules: { 'markup/leaked-code': 'off' },
      },
      { ruleIds },
    );
    expect(c.feeds[0]!.name).toBe('partner');
    expect(c.alerts.trend).toEqual({ dropPoints: 5, lastRuns: 7 });
    expect(c.sinks.webhook?.format).toBe('slack');
  });

  it('reads YAML, resolves paths against the file and is found in the working folder', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'syndiq.config.yaml'),
      'originals: [archive/originals.jsonl]\nfeeds:\n  - name: local\n    path: feeds/a.jsonl\nscoring:\n  perWords: .inf\n',
    );
    await expect(loadConfig(join(dir, 'syndiq.config.yaml'))).rejects.toThrow(/scoring\.perWords/);
    await writeFile(
      join(dir, 'syndiq.config.yaml'),
      'originals: [archive/originals.jsonl]\nfeeds:\n  - name: local\n    path: feeds/a.jsonl\n',
    );
    expect(findConfigFile(dir)).toBe(join(dir, 'syndiq.config.yaml'));
    const c = await loadConfig(findConfigFile(dir)!);
    expect(c.originals).toEqual([join(dir, 'archive/originals.jsonl')]);
    expect(c.feeds[0]!.path).toBe(join(dir, 'feeds/a.jsonl'));
  });
});
