/**
 * Warm-up before the first article: V8 compiles and optimises code on first use, and several tables
 * are built on first use (number formats, place names, false friends), so without it the first
 * article of a process pays for compiling the whole pipeline (several times its own check) and its
 * time, budget and `--timing` row measure the engine rather than the article. Two short stories,
 * each checked against its original in a one-article index of their own, run language
 * identification, matching, alignment and every rule: one translated faithfully, one with the
 * faults the rules look for (a figure changed, a negation dropped, a name read as a word, a name
 * misspelt, a sentence added, a word doubled), so that the paths that report a finding are
 * compiled too. Their results are thrown away.
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

/** A second story written for the warm-up, and a translation of it with the faults rules report. */
const FAULTY_ORIGINAL: Article = {
  id: 'warm-up-faulty-original',
  input: 'warm-up',
  lang: 'uk',
  title: 'Харків відкрив новий міст через річку Лопань',
  body: [
    'Харківська міська рада у четвер відкрила новий пішохідний міст через річку Лопань. Будівництво коштувало 18,4 млн гривень і тривало два роки.',
    '«Міст не закриватимуть навіть узимку», — сказала директорка департаменту Олена Мельник. За її словами, міст освітлюватимуть 40 ліхтарів.',
    'Мешканці Салтівки просили про такий міст з 2019 року.',
  ].join('\n\n'),
};

const FAULTY: Article = {
  id: 'warm-up-faulty',
  input: 'warm-up',
  title: 'Kharkiv opens a new bridge over the Lopan river',
  body: [
    'Kharkiv City Council on Thursday opened a new pedestrian bridge over the Lopan River. Construction cost UAH 184 million and lasted two years.',
    '"The bridge will be closed in winter," said department director Olena Melnuk. According to her, the the bridge will be lit by 40 lanterns.',
    'Residents of the salt have asked for such a bridge since 2019. The mayor also promised free parking for every visitor of the new embankment.',
  ].join('\n\n'),
};

/**
 * The stories and how often each is checked: the faithful one twice (the second check lets V8
 * optimise what the first compiled, for a few ms more), the faulty one once (its findings' code is
 * compiled and the tables they consult are built).
 */
const STORIES: readonly { original: Article; republished: Article; passes: number }[] = [
  { original: ORIGINAL, republished: REPUBLISHED, passes: 2 },
  { original: FAULTY_ORIGINAL, republished: FAULTY, passes: 1 },
];

/** Check the warm-up stories with the run's resources, config and rules; never fails the run. */
export function warmUp(deps: Omit<CheckDeps, 'index' | 'timing' | 'baseline'>): void {
  for (const { original, republished, passes } of STORIES) {
    try {
      const index = buildOriginalsIndex([original], deps.config);
      try {
        for (let pass = 0; pass < passes; pass++)
          checkArticle(republished, {
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
}
