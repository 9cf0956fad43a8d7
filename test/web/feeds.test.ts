import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, FeedError, parseFeed, stripDoctype, xmlText } from '../../src/ingest/feeds.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
const read = (name: string): string => readFileSync(join(FIX, name), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 with content:encoded, keeping CDATA verbatim', () => {
    const feed = parseFeed(read('feed-rss.xml'));
    expect(feed).toMatchObject({ format: 'rss', title: 'Coastline Daily & Friends', lang: 'en-GB' });
    expect(feed.items).toHaveLength(2);
    const [full, teaser] = feed.items;
    expect(full).toMatchObject({
      id: 'cd-1001',
      title: 'Pier lights switched to solar power',
      author: 'Tom Avery',
      published: 'Tue, 01 Apr 2025 09:00:00 +0100',
      summary: "The pier's lamps now run on solar panels [\u2026]",
    });
    // Inside CDATA, "&amp;nbsp;" is HTML source text: it must reach the HTML parser unchanged.
    expect(full?.contentHtml).toContain('Engineers said &amp;nbsp; the panels');
    expect(teaser).toMatchObject({ id: 'cd-1002', link: 'news-page.html' });
    expect(teaser?.contentHtml).toBeUndefined();
  });

  it('reads RSS 1.0 / RDF', () => {
    const feed = parseFeed(read('feed-rdf.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.lang).toBe('de');
    expect(feed.items[0]).toMatchObject({
      id: 'https://valley-post.example/artikel/brueckensanierung',
      title: 'Brückensanierung beginnt im Juli',
      author: 'Lena Brandt',
      published: '2025-05-14T10:00:00+02:00',
    });
    expect(feed.items[0]?.contentHtml).toBe(
      '<p>Die Sanierung der alten Steinbrücke beginnt am 7. Juli.</p><p>Der Gemeinderat hat dafür 1,2 Millionen Euro bereitgestellt.</p>',
    );
  });

  it('reads Atom 1.0 html, xhtml and text content', () => {
    const feed = parseFeed(read('feed-atom.xml'));
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Le Petit Riverain',
      base: 'https://riverain.example/atom.xml',
    });
    const [html, xhtml, text] = feed.items;
    expect(html).toMatchObject({
      id: 'urn:riverain:marche-2025',
      title: 'Le marché couvert rouvre samedi',
      link: 'https://riverain.example/2025/06/marche',
      author: 'Claire Dumont',
      lang: 'fr',
    });
    expect(html?.contentHtml).toContain('<p>Après huit mois de travaux');
    expect(xhtml?.contentHtml).toContain('<p>La piste reliera la gare au lycée &amp; au stade.</p>');
    expect(xhtml?.published).toBe('2025-05-30T12:00:00Z');
    expect(text?.contentText).toBe('Le pont sera fermé mardi.\n\nUne déviation est prévue par le quai.');
    expect(text?.link).toBeUndefined();
  });

  it('reads JSON Feed 1.1', () => {
    const feed = parseFeed(read('feed.json'));
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      id: 'ht-77',
      author: 'R. Osei',
      lang: 'en',
      link: 'https://hilltown.example/notes/77',
    });
    expect(feed.items[1]?.contentText).toContain('Mill Road');
  });

  it('never expands DTD entities, internal or external', () => {
    const feed = parseFeed(read('entities.xml'));
    const item = feed.items[0];
    expect(item?.title).toBe('Title &secret; &lol3;');
    expect(item?.title).not.toMatch(/lollol/);
    expect(item?.contentHtml).toBe('<p>Body with &secret; and &lol3; written out.</p>');
  });

  it('reports malformed and truncated XML with a position', () => {
    expect(() => parseFeed(read('truncated.xml'))).toThrow(FeedError);
    expect(() => parseFeed(read('truncated.xml'))).toThrow(/malformed XML at line \d+/);
    expect(() => parseFeed('<rss><channel><item></channel></rss>')).toThrow(/malformed XML/);
  });

  it('reports what is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><html><body/></html>')).toThrow(
      'not a feed: the root element is <html>',
    );
    expect(() => parseFeed('{"items": []}')).toThrow(/not a JSON Feed/);
    expect(() => parseFeed('{"version": ')).toThrow(/not valid JSON/);
    expect(() => parseFeed('')).toThrow(/empty/);
  });

  it('returns an empty item list for an empty feed', () => {
    expect(parseFeed(read('empty-feed.xml')).items).toEqual([]);
  });
});

describe('XML text helpers', () => {
  it('decodes only predefined entities and character references', () => {
    expect(decodeXmlEntities('a &amp; b &lt;p&gt; &#8211; &#x2014; &nbsp; &custom;')).toBe(
      'a & b <p> – — &nbsp; &custom;',
    );
  });

  it('keeps CDATA sections verbatim', () => {
    expect(xmlText('x &amp; <![CDATA[<b>&amp;</b>]]> y')).toBe('x & <b>&amp;</b> y');
  });

  it('removes a DOCTYPE with an internal subset', () => {
    expect(stripDoctype('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r/>')).toBe(
      '<?xml version="1.0"?><r/>',
    );
  });
});
