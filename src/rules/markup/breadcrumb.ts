/**
 * @fileoverview A site breadcrumb or section navigation stuck to the start of the headline, as bad
 * extractors leave it: glued ("HomeWorldPutin gave…", "NewsLocalWalla Walla…", and in any script
 * with a section name the lexicon does not know: "ГоловнаНовини ДніпраУ Дніпрі…"), separated
 * ("Home › Europe › …", "Новини | Світ | …") or spaced after a root crumb ("Головна Новини Путін…").
 * Navigation words come from `navigation.<lang>.txt`; a leading `^` marks a root crumb ("Home").
 *
 * Deliberately left alone: names that merely begin with a section word ("Homeless shelter opens",
 * "NewsCorp results", "WorldCom", "HomePod sales", "BusinessEurope urges…": a glued run needs two
 * section words each glued to a capital), "McDonald's", "iPhone", a single section kicker
 * ("Sport | Dynamo win") and Title Case headlines that start with a root word ("Home Health Care
 * Workers Strike").
 */
import { navigation, type Navigation } from '../../resources/chrome.js';
import { defineRule, type Finding } from '../types.js';

const SEPARATOR = /^\s*[›»/|>→·]\s*/u;
const UPPER = /^\p{Lu}/u;

//   HomeWorldPutin gave Kim Jong-un…      NewsLocalWalla Walla council…
//   ^^^^^^^^^                             ^^^^^^^^^
function glued(title: string, nav: Navigation): number {
  let p = 0;
  let crumbs = 0;
  for (;;) {
    const word = nav.words.find((w) => title.startsWith(w, p) && UPPER.test(title.slice(p + w.length)));
    if (!word) break;
    p += word.length;
    crumbs++;
  }
  return crumbs >= 2 ? p : 0;
}

/** How far into the headline a breadcrumb may reach. */
const MAX_CRUMBS_LENGTH = 60;
/** Words in one crumb of a site's own section name ("Новини Дніпра", "Local Sport"). */
const MAX_SECTION_WORDS = 3;
/** A lowercase letter directly followed by a capital: two crumbs (or a crumb and the headline) glued. */
const JOIN = /(?<=\p{Ll})\p{Lu}/gu;

//   ГоловнаНовини ДніпраУ Дніпрі відкрили…     HomeLocal SportDynamo sign a new coach
//   ^^^^^^^^^^^^^^^^^^^^                       ^^^^^^^^^^^^^^
/**
 * A glued run that starts with a navigation word and goes on through crumbs the lexicon need not
 * know: each cut is a lowercase letter glued to a capital inside a token, each crumb a navigation
 * word or a short run of capitalised words (a section name). Two crumbs at least, so a brand that
 * merely starts with a section word ("HomePod", "NewsCorp", "BusinessEurope") is left alone.
 */
function gluedSections(title: string, nav: Navigation): number {
  const head = title.slice(0, MAX_CRUMBS_LENGTH);
  const joins = [...head.matchAll(JOIN)].map((m) => m.index);
  const first = nav.words.find((w) => title.startsWith(w) && joins.includes(w.length));
  if (!first) return 0;
  let end = 0;
  let crumbs = 0;
  for (const j of joins) {
    const crumb = title.slice(end, j);
    const words = crumb.trim().split(/\s+/u);
    const known = nav.lower.has(crumb.trim().toLocaleLowerCase());
    const section = words.length <= MAX_SECTION_WORDS && words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
    if (!known && !section) break;
    end = j;
    crumbs++;
  }
  return crumbs >= 2 ? end : 0;
}

//   Home › Europe › First five words…      Новини | Світ | Путін…
//   ^^^^^^^^^^^^^^^                        ^^^^^^^^^^^^^^
function separated(title: string, nav: Navigation): number {
  let p = 0;
  let crumbs = 0;
  let firstIsRoot = false;
  for (;;) {
    const rest = title.slice(p);
    const m = /^([^›»/|>→·]{1,40}?)(\s{0,40}[›»/|>→·]\s*)/u.exec(rest);
    if (!m) break;
    const crumb = m[1]!.trim().toLocaleLowerCase();
    if (!nav.lower.has(crumb)) break;
    if (crumbs === 0) firstIsRoot = nav.roots.has(crumb);
    crumbs++;
    p += m[0].length;
  }
  if (!(crumbs >= 2 || (crumbs === 1 && firstIsRoot))) return 0;
  while (p > 0 && /\s/.test(title[p - 1]!)) p--;
  return p;
}

function isTitleCase(words: string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.every((w) => UPPER.test(w));
}

//   Головна Новини Путін подарував…
//   ^^^^^^^^^^^^^^
function spaced(title: string, nav: Navigation): number {
  const root = [...nav.roots].find((r) => title.toLocaleLowerCase().startsWith(r + ' '));
  if (!root || !UPPER.test(title)) return 0;
  let p = root.length;
  let crumbs = 0;
  for (;;) {
    const rest = title.slice(p + 1);
    const word = nav.words.find((w) => rest.startsWith(w) && /^\s\p{Lu}/u.test(rest.slice(w.length)));
    if (!word || title[p] !== ' ') break;
    p += 1 + word.length;
    crumbs++;
  }
  if (crumbs === 0) return 0;
  const remainder = title.slice(p).trim().split(/\s+/);
  // "Home Health Care Workers Strike" is a Title Case headline, not a breadcrumb
  if (crumbs === 1 && isTitleCase(remainder.slice(0, 6))) return 0;
  return p;
}

export const breadcrumb = defineRule({
  meta: {
    id: 'markup/breadcrumb',
    kind: 'boilerplate',
    mqm: 'Accuracy/Addition',
    severity: 'major',
    description:
      'Breadcrumb or section navigation glued to the start of the headline; leaves alone names like NewsCorp.',
    hasSuggestions: true,
    needs: [],
    messages: {
      gluedBreadcrumb: 'Site navigation "{{crumbs}}" is glued to the start of the headline',
      breadcrumb: 'Site breadcrumb "{{crumbs}}" at the start of the headline',
    },
  },
  check(ctx) {
    const title = ctx.title.text;
    const lead = title.length - title.trimStart().length;
    const t = title.slice(lead);
    const nav = navigation(ctx.resources);
    const findings: Finding[] = [];
    const g = glued(t, nav) || gluedSections(t, nav);
    const end = g || separated(t, nav) || spaced(t, nav);
    if (end > 0) {
      const crumbs = t.slice(0, end);
      findings.push({
        messageId: g ? 'gluedBreadcrumb' : 'breadcrumb',
        data: { crumbs },
        field: 'title',
        start: lead,
        end: lead + end,
        suggestion: t.slice(end).replace(SEPARATOR, '').trim(),
      });
    }
    return findings;
  },
});
