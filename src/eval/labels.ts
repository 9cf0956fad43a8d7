/** Gold labels for `syndiq eval`: one JSON line per republished article. */
import { readFile } from 'node:fs/promises';
import { ISSUE_KINDS, type IssueKind } from '../model.js';

export interface LabelledIssue {
  field: 'title' | 'body';
  text: string;
  category: IssueKind;
  critical: boolean;
  /** `original` for omissions: `text` is in the original's body. */
  in?: 'original';
}

export interface ArticleLabel {
  id: string;
  original: string | null;
  article: 'ok' | 'garbled';
  headline: 'ok' | 'garbled';
  lang: string;
  issues: LabelledIssue[];
}

export class LabelError extends Error {
  override name = 'LabelError';
}

function checkLabel(v: unknown, where: string): ArticleLabel {
  const fail = (why: string): never => {
    throw new LabelError(`${where}: ${why}`);
  };
  if (typeof v !== 'object' || v === null) fail('not a JSON object');
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string') fail('no "id"');
  if (o.original !== null && typeof o.original !== 'string') fail('"original" must be an id or null');
  if (o.article !== 'ok' && o.article !== 'garbled') fail('"article" must be ok or garbled');
  if (o.headline !== 'ok' && o.headline !== 'garbled') fail('"headline" must be ok or garbled');
  if (typeof o.lang !== 'string') fail('no "lang"');
  if (!Array.isArray(o.issues)) fail('"issues" must be a list');
  for (const [k, i] of (o.issues as unknown[]).entries()) {
    const x = i as Record<string, unknown>;
    if (x.field !== 'title' && x.field !== 'body') fail(`issues[${k}].field must be title or body`);
    if (typeof x.text !== 'string' || x.text === '') fail(`issues[${k}].text must be a non-empty string`);
    if (!ISSUE_KINDS.includes(x.category as IssueKind))
      fail(`issues[${k}].category "${String(x.category)}" is not an issue kind`);
  }
  return o as unknown as ArticleLabel;
}

export async function readLabels(path: string): Promise<ArticleLabel[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new LabelError(`${path}: cannot read labels (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const labels: ArticleLabel[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      throw new LabelError(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    labels.push(checkLabel(parsed, `${path}:${i + 1}`));
  });
  return labels;
}
