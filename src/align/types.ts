/** Paragraph alignment between a republished article and its original. */
export interface AlignedPair {
  /** Index into the republished body's paragraphs, or null for an original paragraph left out. */
  republished: number | null;
  /** Index into the original body's paragraphs, or null for an added paragraph. */
  original: number | null;
  /** 0-1 similarity of the pair (cross-lingual keys or same-language overlap). */
  similarity: number;
}

export interface Alignment {
  pairs: AlignedPair[];
}
