import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { identifyArticle, identifyText } from '../../src/lang/identify.js';

const L = DEFAULT_CONFIG.languages;

describe('identifyText', () => {
  it.each([
    ['en', 'Council votes to keep the night buses running'],
    ['de', 'Gemeinderat stimmt für längere Öffnungszeiten der Bibliothek'],
    ['fr', 'Les pompiers maîtrisent un feu de forêt près de Toulon'],
    ['es', 'El ayuntamiento amplía el horario de las bibliotecas'],
    ['pl', 'Radni zdecydowali o budowie nowego basenu w Opolu'],
    ['it', 'Il comune rinvia la chiusura del mercato coperto'],
    ['pt', 'Autarquia adia obras na avenida principal de Faro'],
    ['tr', 'Belediye meclisi yeni park projesini onayladı'],
    ['uk', 'Міська рада продовжила роботу нічних автобусів'],
    ['ru', 'Городской совет продлил работу ночных автобусов'],
    ['ar', 'المجلس البلدي يوافق على تمديد ساعات عمل المكتبة'],
    ['zh', '市政府决定延长图书馆开放时间'],
  ])('%s: %s', (lang, text) => {
    expect(identifyText(text, L).lang).toBe(lang);
  });

  it('tells Ukrainian from Russian by their letters on a few words', () => {
    expect(identifyText('Нічні автобуси', L).lang).toBe('uk');
    expect(identifyText('Объявлены выборы', L).lang).toBe('ru');
  });

  it('keeps the prior for names, numbers and product codes', () => {
    expect(identifyText('KRYVBAS 2-0 VORSKLA', L, 'en').lang).toBe('en');
    expect(identifyText('Voltano Grand Deluxe mattress 160x200', L, 'en').lang).toBe('en');
  });

  it('does not keep a declared language the text contradicts', () => {
    expect(identifyText('Уряд ухвалив нові правила для водіїв', L, 'en').lang).toBe('uk');
    expect(identifyText('Der Stadtrat hat den neuen Haushalt am Dienstag beschlossen', L, 'en').lang).toBe(
      'de',
    );
  });

  it('returns und without letters or without a candidate in the script', () => {
    expect(identifyText('2024 — 15:30', L)).toEqual({ lang: 'und', confidence: 0 });
    expect(identifyText('Η κυβέρνηση ανακοίνωσε νέα μέτρα', L).lang).toBe('und');
  });

  it('reaches 97% on the own headline set without context', () => {
    const rows = readFileSync(new URL('../fixtures/lang/headlines.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { lang: string; text: string });
    const right = rows.filter((r) => identifyText(r.text, L).lang === r.lang).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe('identifyArticle', () => {
  it('identifies headline, body, paragraphs and sentences with offsets', () => {
    const body =
      'The city council approved the budget on Tuesday after a long debate.\n\nУ міській раді кажуть, що гроші підуть на ремонт шкіл. The mayor welcomed the vote.';
    const a = identifyArticle({ title: 'У Львові ухвалили бюджет', body }, L);
    expect(a.article.lang).toBe('en');
    expect(a.title.lang).toBe('uk');
    expect(a.paragraphs.map((p) => body.slice(p.start, p.end) === p.text)).toEqual([true, true]);
    const langs = (a.sentences ?? []).map((s) => [s.lang, body.slice(s.start, s.end) === s.text]);
    expect(langs).toEqual([
      ['en', true],
      ['uk', true],
      ['en', true],
    ]);
  });

  it('treats a declared language as a prior only', () => {
    const a = identifyArticle(
      {
        lang: 'en',
        title: 'Новини громади',
        body: 'У селі відкрили нову амбулаторію. Лікарі прийматимуть щодня.',
      },
      L,
    );
    expect(a.declared).toBe('en');
    expect(a.article.lang).toBe('uk');
  });
});

describe('without the second opinion', () => {
  it('falls back to franc and script analysis', async () => {
    const { setEldEnabled } = await import('../../src/lang/eld.js');
    setEldEnabled(false);
    try {
      expect(
        identifyText('Der Gemeinderat hat am Dienstag den neuen Haushalt für die Schulen beschlossen', L)
          .lang,
      ).toBe('de');
      expect(identifyText('Міська рада продовжила роботу нічних автобусів', L).lang).toBe('uk');
      expect(identifyText('市政府决定延长图书馆开放时间', L).lang).toBe('zh');
    } finally {
      setEldEnabled(true);
    }
  });
});
