import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle } from '../../src/lang/identify.js';
import { buildOriginalsIndex } from '../../src/match/index.js';
import { articleProvenance, slugKey, urlKey } from '../../src/match/provenance.js';
import type { Article } from '../../src/model.js';
import { EN_BRIDGE, EN_FERRY, ORIGINALS, RU_FERRY, UK_BRIDGE, article } from './articles.js';

const withUrl = (a: Article, url: string): Article => ({ ...a, url });

describe('provenance keys', () => {
  it('normalises URLs: scheme, www, query, fragment and trailing slash do not matter', () => {
    expect(urlKey('https://www.example.com/news/bridge-opens/?utm=x#top')).toBe(
      urlKey('http://example.com/news/bridge-opens'),
    );
    expect(urlKey('https://example.com/a')).not.toBe(urlKey('https://example.org/a'));
    expect(urlKey('not a url')).toBeNull();
  });

  it('takes a slug only when it reads like a headline', () => {
    expect(slugKey('https://a.example/2024/05/poltava-opens-new-bridge.html')).toBe(
      'slug:poltava-opens-new-bridge',
    );
    expect(slugKey('https://b.example/uk/poltava-opens-new-bridge')).toBe('slug:poltava-opens-new-bridge');
    expect(slugKey('https://a.example/news/12345')).toBeNull();
    expect(slugKey('https://a.example/news/')).toBeNull();
  });

  it('reads "Source:" lines in several languages and the record source', () => {
    const a = article('r', 'T', ['Text.', 'Джерело: https://news.example.ua/poltava-mist-vidkryly']);
    expect(articleProvenance(a).map((c) => c.key)).toContain('url:news.example.ua/poltava-mist-vidkryly');
    const b = { ...article('r', 'T', ['Text.', '来源：新华社']) };
    expect(articleProvenance(b).map((c) => c.key)).toContain('id:新华社');
    const c = { ...article('r', 'T', ['Text.']), source: 'uk-bridge' };
    expect(articleProvenance(c)[0]).toEqual({ key: 'id:uk-bridge', kind: 'id' });
  });
});

describe('explicit provenance in matching', () => {
  const originals = [
    withUrl(UK_BRIDGE, 'https://news.example.ua/2024/poltava-vidkryla-novyi-mist-cherez-vorsklu'),
    withUrl(RU_FERRY, 'https://ngs.example.ru/text/transport/parom-cherez-ob-zapustili'),
    ...ORIGINALS.slice(2),
  ];
  const index = buildOriginalsIndex(originals, DEFAULT_CONFIG);
  const match = (a: Article) => index.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));

  it('matches a page whose canonical URL is the original', () => {
    const page = withUrl(
      EN_BRIDGE,
      'https://www.news.example.ua/2024/poltava-vidkryla-novyi-mist-cherez-vorsklu/',
    );
    expect(match(page)?.match).toMatchObject({ id: 'uk-bridge', method: 'provenance-url' });
  });

  it('matches a translation that keeps the original URL slug on another site', () => {
    const page = withUrl(EN_FERRY, 'https://partner.example.com/en/parom-cherez-ob-zapustili');
    expect(match(page)?.match).toMatchObject({ id: 'ru-ferry', method: 'provenance-slug' });
  });

  it('follows a "Source:" line even when the text alone is too thin to match', () => {
    const short = article('short', 'Ferry news', [
      'A short note.',
      'Source: https://ngs.example.ru/text/transport/parom-cherez-ob-zapustili',
    ]);
    expect(match(short)?.match.id).toBe('ru-ferry');
    expect(match({ ...short, body: 'A short note.' })).toBeNull();
  });

  it('falls back to the text when the named source is not in the archive', () => {
    const page = withUrl(EN_BRIDGE, 'https://elsewhere.example/unrelated-story-about-other-things');
    expect(match(page)?.match).toMatchObject({ id: 'uk-bridge', method: 'cross-lingual' });
  });
});

describe('publication dates', () => {
  it('never matches an original published after the republication', () => {
    const dated = [{ ...UK_BRIDGE, published: '2024-05-10T08:00:00Z' }, ...ORIGINALS.slice(1)];
    const index = buildOriginalsIndex(dated, DEFAULT_CONFIG);
    const match = (a: Article) => index.match(a, identifyArticle(a, DEFAULT_CONFIG.languages));
    expect(match({ ...EN_BRIDGE, published: '2024-05-10T15:00:00Z' })?.match.id).toBe('uk-bridge');
    expect(match({ ...EN_BRIDGE, published: '2024-05-11' })?.match.id).toBe('uk-bridge');
    // a year earlier: this text cannot come from that original
    expect(match({ ...EN_BRIDGE, published: '2023-05-01' })).toBeNull();
    // unknown dates prove nothing
    expect(match({ ...EN_BRIDGE })?.match.id).toBe('uk-bridge');
  });
});
