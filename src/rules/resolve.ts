/**
 * One finding for one thing. Rules look at the text independently, so the same words often draw
 * several findings: a mojibake span also reads as non-words ("rdoba" inside "CÃ³rdoba"), a leaked
 * script is full of non-words ("adsbygoogle"), a Ukrainian word left in is also "not an English word",
 * a headline in the wrong language is also in the wrong script. And a mangled name repeated five times
 * is one mistake, not five. The engine applies `resolveIssues` once to an article's findings:
 *
 * 1. **Overlaps.** Of findings on overlapping spans of one field, those another finding explains become
 *    its `related` findings: reported, never scored. `explains` says when (the same words; a wider span
 *    whose fix removes or explains the narrower one; a non-word produced by damage next to it).
 *    Findings that merely share words but are different problems stay side by side: a critical number
 *    inside a sentence that is mistranslated is still its own finding.
 * 2. **Repeats.** Findings of one rule with the same message, text and suggestion in one field become
 *    one finding listing its `occurrences`, scored once: an editor fixes them in one go.
 *
 * Pure: issues in, issues out, nothing else consulted.
 */
import type { Issue, IssueKind, RelatedFinding, TextSpan } from '../model.js';
import { compareIssues } from './order.js';

/**
 * Kinds from the most explanatory to the least. A kind explains every kind in a later tier; kinds in
 * one tier are peers. Text that is not article text at all (encoding damage, code, page chrome) comes
 * first, then content that should not be there, then the language of whole stretches, then word-level
 * problems, and last the symptom every other problem also produces: a token that is not a word.
 */
const EXPLAINS_IN_ORDER: readonly (readonly IssueKind[])[] = [
  ['mojibake'],
  ['markup'],
  ['boilerplate'],
  ['addition', 'omission'],
  ['language'],
  ['untranslated'],
  ['name', 'number', 'mistranslation', 'repetition', 'truncation'],
  ['nonword'],
];

const TIER: Readonly<Partial<Record<IssueKind, number>>> = Object.fromEntries(
  EXPLAINS_IN_ORDER.flatMap((kinds, t) => kinds.map((k) => [k, t])),
);

const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 } as const;

function tier(i: Issue): number {
  return TIER[i.kind] ?? EXPLAINS_IN_ORDER.length;
}

/** The order in which findings claim words: most explanatory, most severe, widest first. */
function precedence(a: Issue, b: Issue): number {
  return (
    tier(a) - tier(b) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.end - b.start - (a.end - a.start) ||
    compareIssues(a, b)
  );
}

/**
 * Kinds whose fix removes the whole span (delete the code, the chrome, the added paragraph, the
 * duplicate; restore the omitted paragraph): whatever else is wrong inside it goes with it.
 */
const REMOVED_WHOLE: ReadonlySet<IssueKind> = new Set([
  'markup',
  'boilerplate',
  'addition',
  'omission',
  'repetition',
]);

/** The symptom tier: a token that is not a word explains nothing and is explained by any cause it touches. */
const SYMPTOM = EXPLAINS_IN_ORDER.length - 1;

const contains = (a: Issue, b: Issue): boolean => a.start <= b.start && b.end <= a.end;

/** Whether `a` explains `b`, two findings on overlapping spans of one field. */
function explains(a: Issue, b: Issue): boolean {
  const sameWords = a.start === b.start && a.end === b.end;
  // the same words: the most explanatory, then the most severe, finding speaks for them
  if (sameWords) return precedence(a, b) < 0;
  // "artistâ" and "artistâ€™s" are not words because of the "â€™" they run into
  if (tier(b) === SYMPTOM) return tier(a) < SYMPTOM;
  if (contains(a, b))
    // "[caption …]" leaked code holding non-words; an added paragraph holding a mistranslated name;
    // an untranslated clause holding an untranslated word. Not: a mistranslated sentence holding a
    // changed number (different problems, and the number is the graver one).
    return REMOVED_WHOLE.has(a.kind) || tier(a) < tier(b) || a.kind === b.kind;
  // partial overlap of two findings of one kind ("the the" and "the the the")
  return !contains(b, a) && a.kind === b.kind && precedence(a, b) < 0;
}

function asRelated(i: Issue): RelatedFinding {
  const r: RelatedFinding = {
    rule: i.rule,
    messageId: i.messageId,
    kind: i.kind,
    severity: i.severity,
    field: i.field,
    start: i.start,
    end: i.end,
    text: i.text,
    message: i.message,
  };
  if (i.suggestion !== undefined) r.suggestion = i.suggestion;
  return r;
}

/**
 * For each finding, the finding that best explains it (by precedence), found in one sweep over the
 * spans of each field: each overlapping pair is looked at once, so thousands of findings inside one
 * block of leaked code cost near-linear time.
 */
function bestExplainers(issues: readonly Issue[]): Map<Issue, Issue> {
  const owner = new Map<Issue, Issue>();
  const offer = (explainer: Issue, explained: Issue): void => {
    const current = owner.get(explained);
    if (!current || precedence(explainer, current) < 0) owner.set(explained, explainer);
  };
  const sorted = [...issues].sort((a, b) => compareIssues(a, b) || b.end - a.end);
  let open: Issue[] = [];
  for (const issue of sorted) {
    open = open.filter((o) => o.field === issue.field && o.end > issue.start);
    for (const o of open) {
      if (explains(o, issue)) offer(o, issue);
      else if (explains(issue, o)) offer(issue, o);
    }
    open.push(issue);
  }
  return owner;
}

/** Findings another explains become related findings of the one that explains them in the end. */
function resolveOverlaps(issues: readonly Issue[]): Issue[] {
  const owner = bestExplainers(issues);
  const root = (i: Issue): Issue => {
    let r = i;
    for (let next = owner.get(r); next; next = owner.get(r)) r = next;
    return r;
  };
  const kept = new Map<Issue, Issue>();
  for (const i of issues)
    if (!owner.has(i)) kept.set(i, { ...i, ...(i.related ? { related: [...i.related] } : {}) });
  for (const i of issues) {
    if (!owner.has(i)) continue;
    const k = kept.get(root(i))!;
    (k.related ??= []).push(asRelated(i), ...(i.related ?? []));
  }
  const out = [...kept.values()];
  for (const k of out) k.related?.sort(compareIssues);
  return out;
}

function repeatKey(i: Issue): string {
  return JSON.stringify([i.field, i.rule, i.messageId, i.severity, i.text, i.message, i.suggestion ?? null]);
}

/** Identical findings at several places become one, in reading order, listing every occurrence. */
function groupRepeats(issues: readonly Issue[]): Issue[] {
  const groups = new Map<string, Issue[]>();
  for (const i of [...issues].sort(compareIssues)) {
    const key = repeatKey(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const out: Issue[] = [];
  for (const [first, ...rest] of groups.values()) {
    if (!first) continue;
    if (rest.length === 0) {
      out.push(first);
      continue;
    }
    const all = [first, ...rest];
    const occurrences: TextSpan[] = all.map((i) => ({ start: i.start, end: i.end }));
    const related = all.flatMap((i) => i.related ?? []).sort(compareIssues);
    const merged: Issue = { ...first, occurrences };
    if (related.length) merged.related = related;
    else delete merged.related;
    out.push(merged);
  }
  return out.sort(compareIssues);
}

export function resolveIssues(issues: readonly Issue[]): Issue[] {
  return groupRepeats(resolveOverlaps(issues));
}
