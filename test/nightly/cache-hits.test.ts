/**
 * A run on workers whose every article the result cache answers loads nothing to check with: no
 * resources, no index, no workers (as on the main thread), and reports the same results.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as resources from '../../src/resources.js';
import { runCheck } from '../../src/run.js';
import { languagesConfig } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

vi.mock('../../src/resources.js', async (importOriginal) => {
  const real = await importOriginal<typeof resources>();
  return { ...real, loadResources: vi.fn(real.loadResources) };
});

// Written for this test: one original and a republished copy with a doubled word.
const ORIGINAL = {
  id: 'o-market',
  lang: 'en',
  title: 'Covered market reopens after a new roof',
  body: 'The covered market in Elmsbury reopened on Friday after a new roof was fitted over the winter.\n\nTraders said the work cost £84,000 and took eleven weeks.',
};
const REPUBLISHED = {
  id: 'r-market',
  title: 'Covered market reopens after a new roof',
  body: 'The covered market in Elmsbury reopened on Friday after a new new roof was fitted over the winter.\n\nTraders said the work cost £84,000 and took eleven weeks.',
};

describe('a run the result cache answers whole', () => {
  it('starts no workers and loads no resources', async () => {
    const dir = await tempDir();
    const originals = join(dir, 'originals.jsonl');
    const inputs = join(dir, 'republished.jsonl');
    await writeFile(originals, JSON.stringify(ORIGINAL));
    await writeFile(inputs, JSON.stringify(REPUBLISHED));
    const options = {
      inputs: [inputs],
      originals: [originals],
      config: languagesConfig(['en']),
      resultCacheDir: join(dir, 'cache'),
    };
    const load = vi.mocked(resources.loadResources);

    const first = await runCheck({ ...options, workers: 0 });
    expect(load).toHaveBeenCalledTimes(1);
    let stats = { hits: -1, misses: -1 };
    const second = await runCheck({ ...options, workers: 2, onCache: (s) => (stats = s) });
    expect(stats).toEqual({ hits: 1, misses: 0 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(second.articles).toEqual(first.articles);
  });
});
