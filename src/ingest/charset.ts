/**
 * Bytes to text. The declared charset is taken in the order browsers use (BOM, HTTP header, then
 * `<meta charset>` or the XML declaration); when none is declared, or the declaration is plainly
 * wrong (bytes that are not UTF-8 under a UTF-8 label, valid multi-byte UTF-8 under a legacy label),
 * a statistical detector (chardet) decides. Decoding is done by iconv-lite.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The charset the text was decoded with (lower-case WHATWG-style label). */
  charset: string;
  /** Where that charset came from. */
  source: 'bom' | 'header' | 'meta' | 'xml' | 'detected' | 'default';
}

const BOMS: [string, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Labels browsers treat as aliases; iconv-lite knows the rest directly. */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  'ucs-2': 'utf-16le',
  ucs2: 'utf-16le',
  csunicode: 'utf-16le',
  'iso-10646-ucs-2': 'utf-16le',
  unicodefeff: 'utf-16le',
  unicodefffe: 'utf-16be',
};

/** A supported, normalised charset name, or null when iconv-lite does not know the label. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** The `charset=` parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? (m[1] as string) : null;
}

function bomCharset(bytes: Uint8Array): [string, number] | null {
  for (const [name, bom] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return [name, bom.length];
  return null;
}

/** `<meta charset>` / `<meta http-equiv="Content-Type" content="…charset=…">` in the first 4 KB. */
function metaCharset(head: string): string | null {
  const m =
    /<meta[^<>]+charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(head) ??
    /<meta[^<>]+content\s*=\s*["'][^"'<>]*charset\s*=\s*([\w.:-]+)/i.exec(head);
  return m ? (m[1] as string) : null;
}

function xmlCharset(head: string): string | null {
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? (m[1] as string) : null;
}

/** Whether the bytes are valid UTF-8, and whether they hold any multi-byte sequence. */
export function utf8Status(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    let n = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return { valid: false, multibyte };
    // A sequence cut by the end of a (size-capped) buffer does not make the text invalid.
    if (i + n >= bytes.length) return { valid: true, multibyte: true };
    for (let k = 1; k <= n; k++)
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return { valid: false, multibyte };
    multibyte = true;
    i += n + 1;
  }
  return { valid: true, multibyte };
}

/** UTF-16 without a BOM: most bytes at odd (LE) or even (BE) positions of ASCII-range text are NUL. */
function utf16Guess(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.15 && evenNul < half * 0.02) return 'utf-16le';
  if (evenNul > half * 0.15 && oddNul < half * 0.02) return 'utf-16be';
  return null;
}

/**
 * Whether bytes are binary rather than text (an image or archive saved under a page's name): NUL or
 * other control bytes in a text that is not UTF-16.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomCharset(bytes) || utf16Guess(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** The detector's best supported guess for bytes that are not UTF-8. */
function detect(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  for (const match of analyse(sample)) {
    const name = normalizeCharset(match.name);
    if (name && name !== 'utf-8') return name;
  }
  return 'windows-1252';
}

function decodeWith(bytes: Uint8Array, charset: string, skip = 0): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
  return iconv.decode(buf, charset, { stripBOM: true });
}

/**
 * Decode a page or feed. `contentType` is the HTTP header when the bytes came over HTTP.
 * `kind` says which in-document declaration to look for.
 */
export function decodeBytes(
  bytes: Uint8Array,
  contentType?: string | null,
  kind: 'html' | 'xml' | 'text' = 'html',
): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes, bom[0], bom[1]), charset: bom[0], source: 'bom' };

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    'latin1',
  );
  const declared: [string | null, Decoded['source']][] = [
    [normalizeCharset(charsetFromContentType(contentType)), 'header'],
    [kind === 'html' ? normalizeCharset(metaCharset(head)) : null, 'meta'],
    [kind !== 'text' ? normalizeCharset(xmlCharset(head)) : null, 'xml'],
  ];
  const utf16 = utf16Guess(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), charset: utf16, source: 'detected' };
  const utf8 = utf8Status(bytes);
  for (const [declaredCharset, source] of declared) {
    if (!declaredCharset) continue;
    // A UTF-16 label inside the document cannot be true of bytes that could be read to find it: browsers
    // (WHATWG "prescan") treat it as UTF-8, and so do we; only the HTTP header can declare UTF-16.
    const charset = declaredCharset.startsWith('utf-16') && source !== 'header' ? 'utf-8' : declaredCharset;
    if (charset.startsWith('utf-16')) return { text: decodeWith(bytes, charset), charset, source };
    if (charset === 'utf-8') {
      if (utf8.valid) return { text: decodeWith(bytes, charset), charset, source };
      break; // declared UTF-8 but is not: detect
    }
    // A legacy label over valid multi-byte UTF-8 is a wrong label (the reverse almost never happens by chance).
    if (utf8.multibyte && utf8.valid)
      return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'detected' };
    return { text: decodeWith(bytes, charset), charset, source };
  }
  if (utf8.valid)
    return {
      text: decodeWith(bytes, 'utf-8'),
      charset: 'utf-8',
      source: utf8.multibyte ? 'detected' : 'default',
    };
  const charset = detect(bytes);
  return { text: decodeWith(bytes, charset), charset, source: 'detected' };
}
