/** Paragraph alignment between a republished article and its original. */
export interface AlignedPair {
  /** Index into the republished body's paragraphs, or null for an original paragraph left out. */
  republished: number | null;
  /** Index into the original body's paragraphs, or null for an added paragraph. */
  original: number | null;
  /** 0-1 similarity of the pair (cross-lingual keys or same-language overlap). */
  similarity: number;
}

/** One sentence pair inside a paragraph group: indices into each body's sentences (empty side: gap). */
export interface SentencePair {
  republished: number[];
  original: number[];
  /** 0-1 similarity of the two sides; 0 when one side is empty. */
  similarity: number;
  /** Index of the paragraph group it lies in (`alignedGroups(alignment)`). */
  group: number;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** Sentence pairs inside the paired paragraphs, in reading order (set once sentences are aligned). */
  sentences?: SentencePair[];
}
