/**
 * Suppressions: findings an editor reviewed and marked as not an error. A baseline entry names the
 * rule, the message id, the article (id or URL) and the text of the span; a later finding that matches
 * all four is set aside as suppressed (kept in the report, never scored) instead of being lost or
 * raised again. Matching by text, not offsets, keeps an entry valid when the article is edited elsewhere.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { withZod, type Zod } from '../config/zod.js';
import type { Issue } from '../model.js';

export const BASELINE_FILE = 'syndiq.baseline.json';

function build(z: Zod) {
  const entrySchema = z.strictObject({
    rule: z.string().min(1),
    messageId: z.string().min(1),
    /** The article's id or URL. */
    article: z.string().min(1),
    /** The finding's text (the span it points at). */
    text: z.string().min(1),
    /** Why it is not an error, for the next reader. */
    note: z.string().optional(),
  });
  const fileSchema = z.strictObject({
    version: z.literal(1),
    suppressions: z.array(entrySchema),
  });
  return { entrySchema, fileSchema };
}

/** The schemas, built on first use (zod is read then). */
const schemas = withZod(build);

export type BaselineEntry = z.infer<ReturnType<typeof build>['entrySchema']>;
export type BaselineFile = z.infer<ReturnType<typeof build>['fileSchema']>;

/** The article fields a suppression is matched against. */
export interface ArticleKey {
  id: string;
  url: string | null;
}

/** The entry that suppresses one finding: the JSON to paste into `syndiq.baseline.json`. */
export function baselineEntry(
  article: ArticleKey,
  issue: Pick<Issue, 'rule' | 'messageId' | 'text'>,
): BaselineEntry {
  return { rule: issue.rule, messageId: issue.messageId, article: article.id, text: issue.text };
}

export class BaselineError extends Error {
  override name = 'BaselineError';
}

const keyOf = (article: string, e: Pick<BaselineEntry, 'rule' | 'messageId' | 'text'>): string =>
  JSON.stringify([article, e.rule, e.messageId, e.text]);

export class Baseline {
  readonly #keys: Set<string>;
  /** Changes whenever the entries change: part of the result cache key. */
  readonly fingerprint: string;

  constructor(readonly entries: readonly BaselineEntry[]) {
    this.#keys = new Set(entries.map((e) => keyOf(e.article, e)));
    this.fingerprint = createHash('sha256')
      .update(JSON.stringify([...this.#keys].sort()))
      .digest('hex');
  }

  /** Whether a finding on this article is suppressed. */
  suppresses(article: ArticleKey, issue: Pick<Issue, 'rule' | 'messageId' | 'text'>): boolean {
    return (
      this.#keys.has(keyOf(article.id, issue)) ||
      (article.url !== null && this.#keys.has(keyOf(article.url, issue)))
    );
  }

  /** The findings to score and those set aside. */
  split<T extends Pick<Issue, 'rule' | 'messageId' | 'text'>>(
    article: ArticleKey,
    issues: readonly T[],
  ): { kept: T[]; suppressed: T[] } {
    const kept: T[] = [];
    const suppressed: T[] = [];
    for (const i of issues) (this.suppresses(article, i) ? suppressed : kept).push(i);
    return { kept, suppressed };
  }
}

/** Parse a baseline file's text; errors name the file and the bad key. */
export function parseBaseline(text: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = schemas().fileSchema.safeParse(raw);
  if (!parsed.success)
    throw new BaselineError(
      parsed.error.issues
        .map((i) => `${file}: ${i.path.map(String).join('.') || 'baseline'}: ${i.message}`)
        .join('\n'),
    );
  return new Baseline(parsed.data.suppressions);
}

export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new BaselineError(
      `${file}: cannot read baseline (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  return parseBaseline(text, file);
}

/** A baseline file holding every finding of the given articles plus the entries already there, each once. */
export function baselineFromFindings(
  articles: Iterable<ArticleKey & { issues: readonly Issue[] }>,
  existing: readonly BaselineEntry[] = [],
): BaselineFile {
  const seen = new Set(existing.map((e) => keyOf(e.article, e)));
  const suppressions = [...existing];
  for (const a of articles)
    for (const issue of a.issues) {
      const entry = baselineEntry(a, issue);
      const key = keyOf(entry.article, entry);
      if (seen.has(key)) continue;
      seen.add(key);
      suppressions.push(entry);
    }
  return { version: 1, suppressions };
}
