// Pages in languages ClaimLens does not read yet: nothing by default, digits with a currency or % on request.
import { describe, expect, it } from 'vitest';
import { analyze, latinLanguage } from '../../src/core/index.js';

// Sentences written for this test, in the shapes of European economic news.
const FR =
  "Le chiffre d'affaires du groupe a progressé de 12 % au troisième trimestre, selon la direction, qui prévoit 438 suppressions de postes contre 200 l'an dernier. La dette atteint 4,5 milliards d'euros et le titre a pris 3,2 % à la Bourse de Paris.";
const DE =
  'Der Umsatz des Konzerns ist im dritten Quartal um 12 Prozent gestiegen, teilte das Unternehmen mit. Die Flotte umfasst 80.000 Fahrzeuge, und der Vorstand will bis 2027 rund 1.500 Stellen abbauen, die nicht mehr gebraucht werden.';
const ES =
  'Las ventas de la empresa crecieron un 7% en el último año, según los datos que publicó el lunes, y la compañía espera contratar a 300 personas más para su planta de Valencia, que es la más grande del grupo.';
const EN_WITH_FRENCH =
  'The company said revenue rose 12% to $5 billion, helped by its "savoir-faire" in luxury goods, and it expects the trend to hold through the rest of the year as demand in Asia recovers.';

describe('latinLanguage', () => {
  it.each([
    ['fr', FR],
    ['de', DE],
    ['es', ES],
    ['en', EN_WITH_FRENCH],
  ])('%s', (want, text) => expect(latinLanguage(text)).toBe(want));

  it('says English when a text is too short to tell', () => {
    expect(latinLanguage('438 contre 200')).toBe('en');
  });
});

describe('analyze on a language ClaimLens does not read', () => {
  it('finds nothing by default and names the language', () => {
    expect(analyze(FR)).toEqual({ lang: 'en', claims: [], unsupported: 'fr' });
    expect(analyze(DE)).toMatchObject({ claims: [], unsupported: 'de' });
  });

  it('reads digits with a currency or % when asked, never figures whose separators change meaning', () => {
    const fr = analyze(FR, { reading: 'basic' });
    expect(fr.unsupported).toBe('fr');
    // "3,2 %" is 3.2 in French and 32 in an English reading: left out, like "4,5 milliards d'euros".
    expect(fr.claims.map((c) => c.text)).toEqual(['12 %']);
    const de = analyze(DE, { reading: 'basic' });
    expect(de.claims.map((c) => c.text)).not.toContain('80.000');
    expect(de.claims.every((c) => c.kind === 'money' || c.kind === 'percent')).toBe(true);
  });

  it('leaves English, Korean and a named language alone', () => {
    expect(analyze(EN_WITH_FRENCH).unsupported).toBeUndefined();
    expect(analyze(EN_WITH_FRENCH).claims.map((c) => c.text)).toEqual(['12%', '$5 billion']);
    expect(analyze('매출은 3조원으로 12% 늘었다.').unsupported).toBeUndefined();
    // The caller who names the language gets that grammar.
    expect(analyze(FR, { lang: 'en' }).unsupported).toBeUndefined();
  });
});
