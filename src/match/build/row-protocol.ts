/** Messages between the index builder and its row workers. */
import type { LanguageModel } from '../../lang/language-model.js';
import type { Original } from '../../model.js';
import type { StoreRow } from '../store/rows.js';

export interface RowWorkerInit {
  languages: readonly string[];
  /** The language model over shared memory, so a worker does not load its own. */
  languageModel: LanguageModel | null;
}

export interface RowRequest {
  seq: number;
  originals: readonly Original[];
}

export type RowReply = { seq: number; rows: StoreRow[] } | { seq: number; error: string };
