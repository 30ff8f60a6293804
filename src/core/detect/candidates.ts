// Where a claim can begin: one regex per script family, so the pass jumps over number-free text cheaply; short texts.
import type { ScanCtx } from './types.js';

/** Where a claim can begin. Hangul numerals only at the start of a word (never inside 일부, 구글, 사용). */
/** Numeral syllables that start a candidate in short texts (after a non-Hangul character). */
const CAND_KO_SHORT_FIRST = '일이삼사오육칠팔구십백천만영공수몇한두세네다여열스서마쉰예아하둘셋넷첫절석너넉';
const CAND_KO = `[0-9０-９$€£¥₩₹₿￥￦]|(?<![가-힣])[${CAND_KO_SHORT_FIRST}]`;
const EN_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|twice|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|nought|naught|nil|hundreds|thousands|millions|billions|tens(?= of)|quarter(?= (?:of an? )?(?:thousand|million|billion|trillion)\\b)|several(?= (?:hundred|thousand|million|billion))|a(?= (?:few|couple(?: of)?) (?:hundred|thousand|million|billion)\\b)|(?:thir|four|fif|six|seven|eigh|nine)teenth|eleventh|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|an?(?= (?:hundred|thousand|million|billion|trillion|dozen|third|quarter|half|fifth|tenth|dollar|euro|penny|kilogram|kg|liter|litre|millilitre|milliliter|ml|gallon|mile|meter|metre|kilometer|kilometre)\\b)';
const EN_CANDIDATE_WORDS = `${EN_WORDS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[a-z]+|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold`;
const CAND_EN = `[0-9０-９$€£¥₩₹₿]|\\b(?:${EN_CANDIDATE_WORDS})\\b`;
const CAND_CJK =
  '[0-9０-９$€£¥₩￥]|[零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅卌第负負]';

/**
 * Korean candidates for running text: a Hangul numeral counts only when the next character can continue a
 * figure or start a unit (이십, 오백원, 삼분의, 십 퍼센트), or a native numeral is followed by a counter (두 명),
 * so the regex engine skips ordinary words (이번, 일부, 사용, 하는, 세계) without calling the parser.
 * Short texts (a whole expression like "일" or "하나") use the broad set above.
 */
const NATIVE_TENS = '스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔|열';
const NATIVE_ONES = '하나|다섯|여섯|일곱|여덟|아홉|한|두|세|네|둘|셋|넷|석|넉|첫';
const NATIVE_COUNTERS =
  '명|개|곳|번|째|마리|살|가지|권|대|척|채|벌|잔|병|차례|배|시간|달|해|주|사람|군데|켤레|그루|송이|장';
/** What may follow a Sino-Korean numeral syllable in a candidate. */
const KO_SINO_FOLLOW =
  '일이삼사오육칠팔구십백천만억조영공점쩜분여달불원엔위유파센프퍼펜페루바링리헤콜라킵할배%％';
/** Korean numeral expressions of running text (after a non-Hangul character). */
export const CAND_KO_BODY =
  '(?:' +
  `[일이삼사오육칠팔구십백천만영공](?:[${KO_SINO_FOLLOW}]| [퍼달])` +
  '|[십백천만] [0-9]|[수몇][십백천만억조]|마이[너나]스|절반' +
  `|(?:${NATIVE_TENS})(?:${NATIVE_ONES})? ?(?:${NATIVE_COUNTERS})` +
  `|(?:${NATIVE_TENS})?(?:${NATIVE_ONES}) ?(?:${NATIVE_COUNTERS})` +
  ')';
/** The syllables CAND_KO_BODY can start with. */
export const CAND_KO_FIRST = [
  ...'일이삼사오육칠팔구십백천만영공수몇마절',
  ...`${NATIVE_TENS}|${NATIVE_ONES}`.split('|').map((w) => w[0]!),
].join('');
// The meaning of a Korean candidate in running text; scan() finds the same positions faster (next-candidate.ts),
// and its tests hold it to this regex from every position.
const CAND_KO_TIGHT = `[0-9０-９$€£¥₩₹₿￥￦]|(?<![가-힣])${CAND_KO_BODY}`;
export const SHORT = 64;

/** The figure from s to e is the whole input (a text that is one expression reads more than running prose). */
export const isWhole = (ctx: ScanCtx, s: number, e: number): boolean => s === ctx.first && e === ctx.last + 1;

// One compiled regex per language, made once: compiling per call cost a quarter of the time on number-free text.
// Sharing is safe because scan() sets lastIndex before every exec and JS runs one scan at a time.
const RE_EN = new RegExp(CAND_EN, 'gi');
const RE_KO = new RegExp(CAND_KO, 'g');
const RE_KO_TIGHT = new RegExp(CAND_KO_TIGHT, 'g');
const RE_CJK = new RegExp(CAND_CJK, 'g');

/** The candidate regex for a text; callers set lastIndex before each exec. */
export function candidateRegex(lang: ScanCtx['lang'], short: boolean): RegExp {
  if (lang === 'en') return RE_EN;
  if (lang === 'ko') return short ? RE_KO : RE_KO_TIGHT;
  return RE_CJK;
}
