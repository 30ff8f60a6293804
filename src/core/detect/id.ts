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

export function claimId(quote: string, start: number): string {
  return `c-${start.toString(36)}-${fnv1a(quote).toString(36)}`;
}
