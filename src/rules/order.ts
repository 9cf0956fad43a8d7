/** The reading order of findings: by field, then position, then rule and message (deterministic output). */
import type { Field, Issue } from '../model.js';

const FIELD_ORDER: Record<Field, number> = { title: 0, body: 1, 'original.title': 2, 'original.body': 3 };

type Ordered = Pick<Issue, 'field' | 'start' | 'end' | 'rule' | 'messageId'>;

export function compareIssues(a: Ordered, b: Ordered): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0)
  );
}
