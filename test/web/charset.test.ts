import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, normalizeCharset, utf8Status } from '../../src/ingest/charset.js';

// Long enough for a statistical detector; written for these tests.
const UK =
  'Міська рада ухвалила рішення про ремонт трьох шкіл у Дарницькому районі. Роботи почнуться влітку і ' +
  'триватимуть до кінця року, повідомили у пресслужбі. Депутати також обговорили нові правила паркування ' +
  'в центрі міста та вартість проїзду в громадському транспорті.';
const RU =
  'Городская дума приняла решение о ремонте трёх школ в северном районе. Работы начнутся летом и продлятся ' +
  'до конца года, сообщили в пресс-службе. Депутаты также обсудили новые правила парковки в центре города.';
const page = (text: string, head = ''): string =>
  `<html><head>${head}<title>t</title></head><body><p>${text}</p></body></html>`;

describe('decodeBytes', () => {
  it('detects windows-1251 when nothing is declared', () => {
    const d = decodeBytes(iconv.encode(page(UK), 'windows-1251'));
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'detected' });
    expect(d.text).toContain(UK);
  });

  it('detects koi8-r when nothing is declared', () => {
    const d = decodeBytes(iconv.encode(page(RU), 'koi8-r'));
    expect(d.charset).toBe('koi8-r');
    expect(d.text).toContain(RU);
  });

  it('takes the HTTP header over the document', () => {
    const bytes = iconv.encode(page(RU, '<meta charset="utf-8">'), 'windows-1251');
    const d = decodeBytes(bytes, 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'header' });
    expect(d.text).toContain(RU);
  });

  it('reads <meta charset> and <meta http-equiv>', () => {
    const latin = 'Le conseil a voté la rénovation du marché couvert.';
    expect(decodeBytes(iconv.encode(page(latin, '<meta charset="iso-8859-1">'), 'latin1'))).toMatchObject({
      charset: 'windows-1252',
      source: 'meta',
    });
    const d = decodeBytes(
      iconv.encode(
        page(latin, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'),
        'iso-8859-15',
      ),
    );
    expect(d).toMatchObject({ charset: 'iso-8859-15', source: 'meta' });
    expect(d.text).toContain(latin);
  });

  it('reads the XML declaration of a feed', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RU}</title></channel></rss>`;
    const d = decodeBytes(iconv.encode(xml, 'windows-1251'), null, 'xml');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'xml' });
    expect(d.text).toContain(RU);
  });

  it('honours a BOM, UTF-16 included', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(UK), 'utf-16le')]);
    expect(decodeBytes(le)).toMatchObject({ charset: 'utf-16le', source: 'bom' });
    expect(decodeBytes(le).text).toContain(UK);
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(UK))]);
    expect(decodeBytes(u8, 'text/html; charset=windows-1251')).toMatchObject({
      charset: 'utf-8',
      source: 'bom',
    });
  });

  it('recognises UTF-16 without a BOM', () => {
    const d = decodeBytes(iconv.encode(page(UK), 'utf-16le'));
    expect(d.charset).toBe('utf-16le');
    expect(d.text).toContain(UK);
  });

  it('overrules a UTF-8 label on bytes that are not UTF-8', () => {
    const d = decodeBytes(iconv.encode(page(UK, '<meta charset="utf-8">'), 'windows-1251'));
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'detected' });
  });

  it('overrules a legacy label on valid multi-byte UTF-8', () => {
    const d = decodeBytes(Buffer.from(page(UK, '<meta charset="windows-1251">')));
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(UK);
  });

  it('keeps mojibake that is really in the page (valid UTF-8 of the wrong characters)', () => {
    const text = 'The curator said â€œit was worth itâ€ in WrocÅ‚aw.';
    const d = decodeBytes(Buffer.from(page(text, '<meta charset="utf-8">')));
    expect(d.text).toContain(text);
  });
  it('reads a UTF-16 label in <meta> or the XML declaration as UTF-8, as browsers do', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be', 'unicode', 'ucs-2']) {
      const html = Buffer.from(page(UK, `<meta charset="${label}">`), 'utf8');
      expect(decodeBytes(html)).toMatchObject({ charset: 'utf-8', text: expect.stringContaining(UK) });
      const xml = `<?xml version="1.0" encoding="${label}"?><rss><channel><title>${RU}</title></channel></rss>`;
      expect(decodeBytes(Buffer.from(xml, 'utf8'), null, 'xml').text).toContain(RU);
    }
    // The label is no licence to misread legacy bytes: they are still detected.
    const legacy = iconv.encode(page(UK, '<meta charset="utf-16">'), 'windows-1251');
    expect(decodeBytes(legacy)).toMatchObject({ charset: 'windows-1251', text: expect.stringContaining(UK) });
    // The HTTP header may declare UTF-16, and real UTF-16 is still read.
    const utf16 = iconv.encode(page(UK), 'utf-16le');
    expect(decodeBytes(utf16, 'text/html; charset=utf-16le').text).toContain(UK);
  });
});

describe('helpers', () => {
  it('normalises labels and rejects unknown ones', () => {
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('"ISO-8859-1"')).toBe('windows-1252');
    expect(normalizeCharset('x-no-such-charset')).toBeNull();
  });

  it('treats a multi-byte sequence cut by the end of the buffer as valid', () => {
    const bytes = Buffer.from('Київ');
    expect(utf8Status(bytes.subarray(0, bytes.length - 1))).toEqual({ valid: true, multibyte: true });
    expect(utf8Status(Buffer.from([0x41, 0xff, 0x41])).valid).toBe(false);
  });

  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      true,
    );
    expect(looksBinary(iconv.encode(page(UK), 'windows-1251'))).toBe(false);
    expect(looksBinary(iconv.encode(page(UK), 'utf-16le'))).toBe(false);
  });
});
