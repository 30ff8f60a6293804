// Character classes every stage of the number grammar tests (digits, Hangul, Han, Latin, spaces): the bottom of detect.

export const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
export const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
export const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
export const isLatin = (c: number): boolean =>
  ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 0xc0 && c <= 0x24f);
export const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 9 || c === 0x3000;
export const isAlnum = (c: number): boolean => isLatin(c) || isDigit(c);
