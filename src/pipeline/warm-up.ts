/**
 * Warm-up before the first article: V8 compiles and optimises code on first use, so without it the
 * first article of a process pays for compiling the whole pipeline (several times its own check) and
 * its time, budget and `--timing` row measure the engine rather than the article. One short story,
 * checked against its original in a one-article index of its own, runs language identification,
 * matching, alignment and every rule once; its result is thrown away.
 */
import { buildOriginalsIndex } from '../match/index.js';
import type { Article } from '../model.js';
import { checkArticle, type CheckDeps } from './check-article.js';

/** A story written for the warm-up: an original and its English translation (names, figures, a quote). */
const ORIGINAL: Article = {
  id: 'warm-up-original',
  input: 'warm-up',
  lang: 'uk',
  title: 'Полтава виділила 2,5 млн гривень на ремонт шкіл',
  body: [
    'Полтавська міська рада у вівторок затвердила програму ремонту шести шкіл. На роботи виділили 2,5 млн гривень.',
    '«Ми почнемо з дахів і вікон», — сказав заступник міського голови Андрій Коваленко. За його словами, ремонт триватиме до кінця серпня.',
    'Минулого року місто відремонтувало чотири школи.',
  ].join('\n\n'),
};

const REPUBLISHED: Article = {
  id: 'warm-up',
  input: 'warm-up',
  title: 'Poltava allocates UAH 2.5 million for school repairs',
  body: [
    'Poltava City Council on Tuesday approved a programme to repair six schools. UAH 2.5 million was allocated for the work.',
    '"We will start with roofs and windows," said deputy mayor Andrii Kovalenko. According to him, the repairs will last until the end of August.',
    'Last year the city repaired four schools.',
  ].join('\n\n'),
};

/** Checks of the story: the second lets V8 optimise what the first compiled, for a few ms more. */
const PASSES = 2;

/** Check the warm-up story with the run's resources, config and rules; never fails the run. */
export function warmUp(deps: Omit<CheckDeps, 'index' | 'timing' | 'baseline'>): void {
  try {
    const index = buildOriginalsIndex([ORIGINAL], deps.config);
    try {
      for (let pass = 0; pass < PASSES; pass++)
        checkArticle(REPUBLISHED, {
          resources: deps.resources,
          config: deps.config,
          rules: deps.rules,
          index,
        });
    } finally {
      index.close?.();
    }
  } catch {
    // a check that fails here fails on the first real article too, where it is reported
  }
}
