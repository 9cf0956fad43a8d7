/**
 * @fileoverview A republished sentence that says something else than the original sentence it is
 * aligned with: almost none of the original's words have a rendering in it, and almost none of its
 * words render a word of the original (a garbled or hallucinated translation, a sentence swapped for
 * another).
 *
 * Left alone: pairs the aligner got wrong, where the republished sentence's words are rendered
 * elsewhere in the original (a sentence paired with its neighbour's original; the other way round
 * proves nothing, since an article's sentences share its topic words); sentences whose words the lexicon mostly does
 * not know; free but faithful renderings,
 * which keep at least some words, names or figures of the original (measured on professional
 * translations, whose sentences keep evidence on one side at least).
 */
import { lexicalOf, sentenceEvidence } from '../../analysis/sentence-evidence.js';
import { explainPair } from '../../meaning/explain.js';
import { defineRule, type Finding } from '../types.js';
import { quoteSourceWords } from '../../meaning/quote.js';

/** Known source words needed to judge. */
const MIN_KNOWN = 8;
/** English content words needed to judge. */
const MIN_CONTENT = 5;
/** Largest share of evidence on each side: none at all (free professional renderings keep some). */
const MAX_SHARE = 0;
/** Largest key similarity (numbers, names, cognates) of the pair. */
const MAX_SIMILARITY = 0.1;
/** Share of the republished sentence explained by the whole original above which the pair is a misalignment. */
const MISALIGNED_SHARE = 0.34;

export const unsupportedSentence = defineRule({
  meta: {
    id: 'fidelity/unsupported-sentence',
    kind: 'mistranslation',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    description: 'Sentences with almost no word evidence either way against their aligned original sentence.',
    needs: ['original', 'alignment'],
    messages: {
      unsupported:
        'This sentence does not render its original: {{explained}} of its {{known}} known words found; the original has {{words}}',
    },
  },
  check(ctx) {
    const evidence = ctx.use(sentenceEvidence);
    if (!evidence) return [];
    const out: Finding<'unsupported'>[] = [];
    for (const s of evidence.sentences) {
      if (!s.original || !s.republished || s.pair.similarity > MAX_SIMILARITY) continue;
      const e = s.evidence;
      if (e.source.length < MIN_KNOWN || e.target.length < MIN_CONTENT) continue;
      if (e.sourceShare > MAX_SHARE || e.targetShare > MAX_SHARE) continue;
      const o = ctx.original!;
      const lex = lexicalOf(ctx);
      const elsewhere = explainPair(`${o.title.text}\n\n${o.body.text}`, o.lang, s.republished.text, lex);
      if (elsewhere.targetShare > MISALIGNED_SHARE) continue;
      out.push({
        messageId: 'unsupported',
        data: {
          explained: e.source.filter((c) => c.explained).length,
          known: e.source.length,
          words: quoteSourceWords(e.source),
        },
        field: 'body',
        start: s.republished.start,
        end: s.republished.end,
      });
    }
    return out;
  },
});
