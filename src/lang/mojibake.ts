/**
 * Encoding damage: UTF-8 bytes that were decoded as Windows-1252 / ISO-8859-1 ("Ã©" for "é",
 * "â€™" for "’", "Ð£ÐºÑ€Ð°Ñ—Ð½Ð°" for "Україна") or as Windows-1251 ("РЈРєСЂР°С—РЅР°").
 *
 * A run of non-ASCII characters is re-encoded with the suspected code page (iconv-lite) and decoded
 * as UTF-8. It is reported only when that gives valid UTF-8 made of ordinary letters and
 * punctuation: genuine accented or Cyrillic words ("Jaén", "für", "Україна") never decode.
 */
import iconv from 'iconv-lite';

export interface MojibakeSpan {
  start: number;
  end: number;
  text: string;
  /** The repaired text. */
  repaired: string;
  /** The code page the UTF-8 bytes were wrongly read with. */
  encoding: 'windows-1252' | 'windows-1251';
}

/** Runs of non-ASCII, non-space characters (NBSP included: it is a UTF-8 continuation byte in cp1252). */
// eslint-disable-next-line no-control-regex -- ASCII is the complement of the runs looked at
const RUN = /[^\u0000-\u007f\u2028\u2029\u3000\u1680\u2000-\u200a\u202f\u205f]+/g;

/** Characters a repair may produce: letters and punctuation of the scripts syndiq reads. */
const PLAUSIBLE =
  /^[\u00a0-\u024f\u0370-\u03ff\u0400-\u045f\u0490\u0491\u0600-\u06ff\u2010-\u2044\u20a0-\u20cf\u2100-\u214f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/u;

/** A cp1251 misreading is only believed for Cyrillic words of two letters or more (short Ukrainian words like "Ні" decode by chance). */
const CP1251_REPAIR = /^[\u0400-\u045f\u0490\u0491\u2010-\u2044\u00ab\u00bb]{2,}$/u;

/**
 * Encode `s` with a single-byte code page, or null when a character is not in it.
 * For windows-1252, C1 controls (U+0080-U+009F) map to their own byte, as ISO-8859-1 does.
 */
function encode(s: string, encoding: 'windows-1252' | 'windows-1251'): Buffer | null {
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (encoding === 'windows-1252' && code >= 0x80 && code <= 0x9f) {
      bytes.push(code);
      continue;
    }
    const b = iconv.encode(ch, encoding);
    if (b.length !== 1 || iconv.decode(b, encoding) !== ch) return null;
    bytes.push(b[0]!);
  }
  return Buffer.from(bytes);
}

/** "â€" at the end of a run is U+201D whose last byte (0x9D, undefined in cp1252) was dropped. */
const DROPPED_RIGHT_QUOTE = Buffer.from([0xe2, 0x80]);

function decodeUtf8(bytes: Buffer): string | null {
  const s = iconv.decode(bytes, 'utf8');
  return s.includes('\ufffd') ? null : s;
}

/** Repair one run of non-ASCII characters, or null when it is not mojibake. */
export function repairRun(run: string): { repaired: string; encoding: MojibakeSpan['encoding'] } | null {
  if (run.includes('\ufffd')) return null;
  for (const encoding of ['windows-1252', 'windows-1251'] as const) {
    const bytes = encode(run, encoding);
    if (!bytes || bytes.length < 2) continue;
    let repaired = decodeUtf8(bytes);
    if (repaired === null && encoding === 'windows-1252' && bytes.subarray(-2).equals(DROPPED_RIGHT_QUOTE)) {
      const head = bytes.length > 2 ? decodeUtf8(bytes.subarray(0, -2)) : '';
      if (head !== null) repaired = `${head}\u201d`;
    }
    if (encoding === 'windows-1251' && (repaired === null || !CP1251_REPAIR.test(repaired) || run.length < 4))
      continue;
    if (repaired !== null && repaired !== run && repaired.length < run.length && PLAUSIBLE.test(repaired)) {
      return { repaired, encoding };
    }
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Runs separated only by this much space or punctuation are one damaged phrase. */
const MAX_GAP = 3;

/** Find mojibake in `text`: spans widened to whole words and joined across short gaps, each with its repair. */
export function findMojibake(text: string): MojibakeSpan[] {
  const hits: { start: number; end: number; encoding: MojibakeSpan['encoding'] }[] = [];
  for (const m of text.matchAll(RUN)) {
    const fix = repairRun(m[0]);
    if (!fix) continue;
    let start = m.index;
    let end = start + m[0].length;
    // Widen to the whole word when the damage sits inside one ("WrocÅ‚aw").
    if (/\p{L}/u.test(fix.repaired)) {
      while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
      while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    }
    const last = hits[hits.length - 1];
    const gap = last ? text.slice(last.end, start) : '';
    if (
      last &&
      last.encoding === fix.encoding &&
      gap.length <= MAX_GAP &&
      !WORD_CHAR.test(gap) &&
      !gap.includes('\n')
    ) {
      last.end = end;
    } else {
      hits.push({ start, end, encoding: fix.encoding });
    }
  }
  return hits.map(({ start, end, encoding }) => {
    const span = text.slice(start, end);
    const repaired = span.replace(RUN, (run) => repairRun(run)?.repaired ?? run);
    return { start, end, text: span, repaired, encoding };
  });
}
