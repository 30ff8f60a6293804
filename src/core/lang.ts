// Guesses a text's language from its script, cheaply: Hangul → ko, kana → ja, Han → zh, else en.

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
