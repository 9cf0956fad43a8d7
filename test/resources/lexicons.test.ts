import { describe, expect, it } from 'vitest';
import { lexicon, loadResources } from '../../src/resources.js';
import { parseFalseFriends } from '../../src/resources/false-friends.js';
import { parseGazetteer } from '../../src/resources/gazetteer.js';

const resources = loadResources();

describe('bundled name lexicons', () => {
  it('every gazetteer line is well formed', () => {
    const lines = lexicon(resources, 'gazetteer.en');
    const g = parseGazetteer(lines);
    expect(g.problems).toEqual([]);
    expect(g.entries.length).toBe(lines.length);
  });

  it('reports a malformed gazetteer line with the reason', () => {
    const g = parseGazetteer(['city | Lviv | | Lvov | Львів', 'place | Lviv']);
    expect(g.entries).toEqual([]);
    expect(g.problems).toHaveLength(2);
    expect(g.problems[0]).toMatch(/kind \| canonical \| accepted \| russified \| native.*city \| Lviv/);
  });

  it('knows given names in any case form and under each source spelling', () => {
    const g = parseGazetteer([], ['Oleh Tomasz']);
    expect(g.isGivenName('olehu')).toBe(true); // Олегу
    expect(g.isGivenName('tomaš')).toBe(true); // Polish fold of Tomasz
    expect(g.isGivenName('olejnik')).toBe(false);
  });

  for (const name of [...resources.lexicons.keys()].filter((n) => n.startsWith('false-friends.'))) {
    it(`every line of ${name} is well formed`, () => {
      const lines = lexicon(resources, name);
      expect(lines.length).toBeGreaterThan(0);
      expect(parseFalseFriends(lines).length).toBe(lines.length);
    });
  }
});
