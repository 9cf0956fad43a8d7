/**
 * Where a finding sits: the sentence around its span and the aligned passage of the other text (the
 * original's for a republished span, the republished one for a span in the original), so a report
 * reader can judge a finding without opening the article.
 */
import type {
  AlignedPassages,
  Field,
  Issue,
  IssueContext,
  Passage,
  ReportAlignment,
  TextSpan,
} from '../model.js';
import type { FieldText } from '../text/field.js';

export interface ContextSources {
  title: FieldText;
  body: FieldText;
  original: { title: FieldText; body: FieldText } | null;
  alignment: ReportAlignment | null;
}

function fieldOf(src: ContextSources, field: Field): FieldText | null {
  switch (field) {
    case 'title':
      return src.title;
    case 'body':
      return src.body;
    case 'original.title':
      return src.original?.title ?? null;
    case 'original.body':
      return src.original?.body ?? null;
  }
}

function passage(text: FieldText, span: TextSpan): Passage {
  return { field: text.field, start: span.start, end: span.end, text: text.text.slice(span.start, span.end) };
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** The sentences the span touches, widened to whole sentences (the span itself when it touches none). */
function sentenceAround(text: FieldText, span: TextSpan): Passage {
  let start = span.start;
  let end = span.end;
  for (const s of text.sentences) {
    if (s.start >= span.end) break;
    if (!overlaps(s, span)) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return passage(text, { start, end });
}

/** The counterpart of a body span: the aligned sentence when sentence pairs exist, else the paragraph. */
function alignedInBody(
  alignment: ReportAlignment,
  span: TextSpan,
  side: 'republished' | 'original',
): TextSpan | null {
  const other = side === 'republished' ? 'original' : 'republished';
  const pair = alignment.paragraphs.find((p) => {
    const own = p[side];
    return own !== null && overlaps(own, span);
  });
  if (!pair) return null;
  const sentence: AlignedPassages | undefined = pair.sentences?.find((s) => {
    const own = s[side];
    return own !== null && overlaps(own, span);
  });
  return sentence ? sentence[other] : pair[other];
}

function alignedPassage(src: ContextSources, field: Field, span: TextSpan): Passage | null {
  const { original } = src;
  if (!original) return null;
  const whole = (t: FieldText): Passage => passage(t, { start: 0, end: t.text.length });
  switch (field) {
    case 'title':
      return original.title.text ? whole(original.title) : null;
    case 'original.title':
      return src.title.text ? whole(src.title) : null;
    case 'body': {
      const at = src.alignment && alignedInBody(src.alignment, span, 'republished');
      return at ? passage(original.body, at) : null;
    }
    case 'original.body': {
      const at = src.alignment && alignedInBody(src.alignment, span, 'original');
      return at ? passage(src.body, at) : null;
    }
  }
}

export function issueContext(src: ContextSources, at: TextSpan & { field: Field }): IssueContext | null {
  const text = fieldOf(src, at.field);
  if (!text) return null;
  return { sentence: sentenceAround(text, at), aligned: alignedPassage(src, at.field, at) };
}

/** The issues with their context set (a new array; the issues are copied). */
export function withContext(issues: readonly Issue[], src: ContextSources): Issue[] {
  return issues.map((i) => {
    const context = issueContext(src, i);
    return context ? { ...i, context } : { ...i };
  });
}
