import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/extract/blocks.js';
import { cleanArticle, isDateline } from '../../src/extract/clean.js';
import { parseDocument, parseFragment } from '../../src/extract/dom.js';
import { primaryLanguage, stripSiteName } from '../../src/extract/metadata.js';
import { extractPage, NoArticleError } from '../../src/extract/page.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
const page = readFileSync(join(FIX, 'news-page.html'), 'utf8');

describe('extractPage on a news page', () => {
  const got = extractPage(page);

  it('takes the headline readers see and the page metadata', () => {
    expect(got.title).toBe('Harbour ferry timetable doubles from May');
    expect(got.lang).toBe('en');
    expect(got.published).toBe('2025-04-02T07:30:00+01:00');
    expect(got.author).toBe('Mara Ellison');
    expect(got.canonical).toBe('https://coastline-daily.example/2025/04/02/harbour-ferry-timetable/');
  });

  it('joins the article paragraphs with a blank line', () => {
    expect(got.paragraphs[0]).toMatch(/^The harbour ferry will run twice as often/);
    expect(got.body).toBe(got.paragraphs.join('\n\n'));
    expect(got.body).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('never takes inline <style> or <script> as text, but keeps CSS written in a paragraph', () => {
    expect(got.body).not.toContain('min-height');
    expect(got.body).not.toContain('document.write');
    expect(got.body).not.toContain('line-height');
    expect(got.body).toContain('.queue-banner { display: none; }');
  });

  it('keeps a plain paragraph of boilerplate for the rules to judge', () => {
    expect(got.paragraphs).toContain('Read Now');
    expect(got.paragraphs.at(-1)).toBe('Fares will not change before the autumn review.');
  });

  it('leaves out captions, bylines, related headlines and the newsletter box', () => {
    for (const leak of [
      'Photo: Coastline Daily archive',
      'By Mara Ellison',
      'Lifeboat crew rescues',
      'You may also like',
      'Sign up for our free newsletter',
      'Share on Facebook',
    ])
      expect(got.body).not.toContain(leak);
  });

  it('keeps the page chrome aside, by kind', () => {
    const kinds = got.chrome.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['navigation', 'breadcrumb', 'related', 'share', 'comments', 'footer']),
    );
    const related = got.chrome.find((c) => c.kind === 'related');
    expect(related?.text).toContain('Council approves new cycle lane along the seafront');
    expect(got.chrome.find((c) => c.kind === 'breadcrumb')?.text).toContain(
      'Harbour ferry timetable doubles...',
    );
    expect(got.chrome.find((c) => c.kind === 'comments')?.text).toContain('Leave a Reply');
    expect(got.chrome.some((c) => c.text.includes('Sign up for our free newsletter'))).toBe(true);
  });

  it('refuses a page with no article', () => {
    expect(() => extractPage(readFileSync(join(FIX, 'no-article.html'), 'utf8'))).toThrow(NoArticleError);
    expect(() => extractPage('')).toThrow('no article text found on the page');
  });
});

describe('title', () => {
  const head = (meta: string, body: string): string =>
    `<html><head>${meta}</head><body>${body}<article><p>${'Some article text goes here. '.repeat(30)}</p></article></body></html>`;

  it('prefers the <h1> that agrees with <title>, over a logo <h1>', () => {
    const html = head(
      '<title>Rail strike called off - The Valley Post</title>',
      '<h1>The Valley Post</h1><h1>Rail strike called off</h1>',
    );
    expect(extractPage(html).title).toBe('Rail strike called off');
  });

  it('falls back to og:title, then to <title> minus the site name', () => {
    expect(
      extractPage(head('<meta property="og:title" content="Dam repairs finished early"><title>x</title>', ''))
        .title,
    ).toBe('Dam repairs finished early');
    expect(extractPage(head('<title>Dam repairs finished early | Valley Post</title>', '')).title).toBe(
      'Dam repairs finished early',
    );
  });

  it('strips a known or a short site name from either end', () => {
    expect(stripSiteName('Valley Post - Dam repairs finished early', 'Valley Post')).toBe(
      'Dam repairs finished early',
    );
    expect(stripSiteName('Dam repairs finished early – VP')).toBe('Dam repairs finished early');
    expect(stripSiteName('Stadium roof - what went wrong in the storm')).toBe(
      'Stadium roof - what went wrong in the storm',
    );
    expect(stripSiteName('VP :: Dam repairs finished early this spring')).toBe(
      'Dam repairs finished early this spring',
    );
    expect(stripSiteName('No separator here')).toBe('No separator here');
  });

  it('reads the primary language subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('')).toBeUndefined();
  });
});

describe('paragraphsOf', () => {
  it('splits blocks and <br>, collapses whitespace, skips invisible elements', () => {
    const doc = parseFragment(
      '<div>One <b>two</b>\n three<br>four<ul><li>five</li><li>six</li></ul><script>x()</script><template>t</template></div>',
    );
    expect(paragraphsOf(doc.body as never)).toEqual(['One two three', 'four', 'five', 'six']);
  });

  it('keeps literal entity text as written (escaped once in the source)', () => {
    const doc = parseFragment('<p>«&amp;nbsp;Quote&amp;nbsp;» &amp;#8211; end</p>');
    expect(paragraphsOf(doc.body as never)).toEqual(['«&nbsp;Quote&nbsp;» &#8211; end']);
  });
});

describe('cleanArticle', () => {
  const clean = (html: string): string[] => {
    const doc = parseDocument(`<html><body><div id="root">${html}</div></body></html>`);
    const root = doc.querySelector('#root');
    if (!root) throw new Error('no root');
    cleanArticle(root);
    return paragraphsOf(root);
  };
  const text = '<p>' + 'The council met on Monday and voted on the budget for next year. '.repeat(8) + '</p>';

  it('drops link lists and linked headlines', () => {
    const out = clean(
      `${text}<ul><li><a href="/1">Another story headline here</a></li><li><a href="/2">And a second story</a></li></ul>`,
    );
    expect(out).toHaveLength(1);
  });

  it('keeps a paragraph with a link inside running text', () => {
    const out = clean(
      `${text}<p>The full report is <a href="/r">on the council site</a> and runs to forty pages of tables and notes.</p>`,
    );
    expect(out).toHaveLength(2);
  });

  it('drops captions, credits and hinted furniture but not plain paragraphs', () => {
    const out = clean(
      `<figure><img src="a.jpg"><figcaption>A view of the hall</figcaption></figure>${text}<div class="image-credit">Photo: J. Smith</div><p>Most Popular</p>`,
    );
    expect(out).toEqual([expect.stringMatching(/^The council met/), 'Most Popular']);
  });

  it('drops datelines that are not paragraphs of text', () => {
    expect(clean(`<div>Updated 11:21 pm, Tuesday, November 19, 2019</div>${text}`)).toHaveLength(1);
    expect(isDateline('Published 10:02 AM EST Nov 19, 2019')).toBe(true);
    expect(
      isDateline('The vote was held on 19 November 2019 after a long debate about the new bridge.'),
    ).toBe(false);
  });
});

describe('parseDocument', () => {
  it('parses pages with no <html> element', () => {
    const withBody = parseDocument('<head><title>Lost tags</title></head><body><p>Text</p></body>');
    expect(withBody.querySelector('title')?.textContent).toBe('Lost tags');
    expect(withBody.body?.textContent).toBe('Text');
    const bare = parseDocument('<title>Bare</title><p>One</p><p>Two</p>');
    expect(bare.querySelector('title')?.textContent).toBe('Bare');
    expect(bare.querySelectorAll('p').length).toBe(2);
  });
});
