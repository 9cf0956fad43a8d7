import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig, resolveConfig } from '../../src/config/config.js';
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
    expect(c.rules).toEqual({ 'fluency/repeated-word': 'off' });
    expect(c.alerts).toEqual({ maxFailRate: 0.2 });
  });
  it.each([
    [{ thresholds: {} }, 'thresholds: unknown setting'],
    [{ scoring: { article: { review: '95' } } }, 'scoring.article.review: expected a number'],
    [{ languages: 'en' }, 'languages: expected a list of strings'],
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
