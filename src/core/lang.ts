// Guesses a text's language: from its script (Hangul → ko, kana → ja, Han → zh, else Latin), then, for Latin script,
// English or a language ClaimLens does not read yet (by function words).

import type { Lang } from './types.js';

/** Characters looked at: enough for any article. */
const SAMPLE = 4000;
/** How often the loop checks whether the answer can still change. */
const BLOCK = 128;

/**
 * Counts script characters in (at most) the first 4,000 UTF-16 units. Korean text stops early once no run of
 * Latin letters in the rest of the sample could outvote its Hangul (the same answer as counting to the end), so a
 * Korean paragraph is decided after its first block instead of costing a pass of its own.
 */
export function guessLang(text: string): Lang {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let b = 0; b < n; b += BLOCK) {
    const e = Math.min(n, b + BLOCK);
    for (let i = b; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xac00 && c <= 0xd7a3) hangul++;
      else if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    }
    if (hangul > 0 && hangul * 4 >= latin + (n - e)) return 'ko';
  }
  if (hangul > 0 && hangul * 4 >= latin) return 'ko';
  if (kana > 0) return 'ja';
  if (han > 0 && han * 2 >= latin) return 'zh';
  return 'en';
}

/**
 * Function words of Latin-script languages whose news ClaimLens does not read yet: a few hundred characters of prose
 * hold several of them, and they barely overlap (where two share a word — "a", "de", "la" — both count it).
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'with',
    'was',
    'on',
    'it',
    'as',
    'by',
    'are',
    'this',
    'from',
    'have',
    'has',
    'said',
    'which',
    'were',
    'be',
    'an',
    'at',
    'but',
    'not',
    'its',
    'their',
    'would',
  ],
  fr: [
    'de',
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'une',
    'un',
    'du',
    'dans',
    'pour',
    'que',
    'qui',
    'sur',
    'pas',
    'au',
    'aux',
    'avec',
    'par',
    'sont',
    'ont',
    'cette',
    'ce',
    'il',
    'elle',
    'mais',
    'plus',
    'été',
    'selon',
    'leur',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'mit',
    'von',
    'auf',
    'für',
    'sich',
    'auch',
    'im',
    'wird',
    'sind',
    'wie',
    'bei',
    'nach',
    'aus',
    'einer',
    'hat',
    'zu',
    'über',
    'werden',
    'oder',
  ],
  es: [
    'de',
    'el',
    'los',
    'las',
    'del',
    'y',
    'que',
    'en',
    'por',
    'para',
    'con',
    'una',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'este',
    'esta',
    'según',
    'entre',
    'también',
    'ha',
    'han',
    'muy',
    'sobre',
  ],
  pt: [
    'de',
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'no',
    'na',
    'que',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'por',
    'se',
    'mais',
    'ao',
    'foi',
    'pelo',
    'pela',
    'são',
    'seu',
    'sua',
    'também',
    'já',
    'ainda',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'delle',
    'di',
    'che',
    'è',
    'per',
    'non',
    'una',
    'con',
    'sono',
    'nel',
    'nella',
    'alla',
    'anche',
    'come',
    'ma',
    'più',
    'dal',
    'dei',
    'suo',
    'stato',
    'questo',
    'ha',
    'hanno',
    'essere',
    'tra',
    'degli',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'op',
    'te',
    'zijn',
    'voor',
    'met',
    'ook',
    'aan',
    'er',
    'maar',
    'om',
    'door',
    'bij',
    'nog',
    'naar',
    'wordt',
    'dan',
    'heeft',
    'werd',
    'uit',
    'deze',
    'tot',
    'hun',
  ],
  cs: [
    'a',
    'je',
    'v',
    've',
    'se',
    'na',
    'že',
    'to',
    'z',
    'ze',
    's',
    'do',
    'jako',
    'pro',
    'by',
    'jsou',
    'ale',
    'o',
    'jeho',
    'které',
    'který',
    'která',
    'také',
    'podle',
    'při',
    'po',
    'už',
    'jen',
    'bylo',
    'než',
  ],
  pl: [
    'i',
    'w',
    'nie',
    'na',
    'się',
    'z',
    'że',
    'do',
    'jest',
    'to',
    'o',
    'jak',
    'ale',
    'po',
    'od',
    'za',
    'tak',
    'przez',
    'był',
    'są',
    'jego',
    'który',
    'która',
    'także',
    'oraz',
    'tym',
    'dla',
    'już',
    'może',
    'przy',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'är',
    'av',
    'för',
    'på',
    'med',
    'till',
    'den',
    'har',
    'inte',
    'om',
    'ett',
    'var',
    'men',
    'från',
    'de',
    'vid',
    'sig',
    'kan',
    'också',
    'eller',
    'efter',
    'när',
    'sina',
    'hade',
    'mot',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'olarak',
    'çok',
    'daha',
    'gibi',
    'ama',
    'olan',
    'en',
    'kadar',
    'sonra',
    'göre',
    'ise',
    'ancak',
    'değil',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'dari',
    'tidak',
    'dalam',
    'akan',
    'pada',
    'juga',
    'ke',
    'karena',
    'ada',
    'oleh',
    'sudah',
    'bisa',
    'mereka',
  ],
};

const WORD_LANGS: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS))
    for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** Letters of any Latin alphabet, accents included: the words the function-word count is made of. */
const LATIN_WORD = /[a-zà-öø-ÿą-žșțß]+/gi;

/**
 * The Latin-script language of a text by function-word counts ('en', 'fr', 'de' …), or 'en' when it cannot tell
 * (fewer than a dozen words, or English scores at least as high as any other): ClaimLens reads English then.
 */
export function latinLanguage(text: string): string {
  const counts = new Map<string, number>();
  let words = 0;
  LATIN_WORD.lastIndex = 0;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (let m = LATIN_WORD.exec(sample); m; m = LATIN_WORD.exec(sample)) {
    words++;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  if (words < 12) return 'en';
  let best = 'en';
  let bestCount = counts.get('en') ?? 0;
  for (const [l, n] of counts)
    if (n > bestCount) {
      best = l;
      bestCount = n;
    }
  // A clear majority only: a few French words in an English story do not make it French.
  return best !== 'en' && bestCount >= 3 && bestCount >= 1.5 * (counts.get('en') ?? 0) ? best : 'en';
}

/** The language to read a text in, and the language that stops ClaimLens when it is one it does not read yet. */
export function readingOf(text: string): { lang: Lang; unsupported?: string } {
  const lang = guessLang(text);
  if (lang !== 'en') return { lang };
  const latin = latinLanguage(text);
  return latin === 'en' ? { lang } : { lang, unsupported: latin };
}
