// Reading-time furniture: "5 min read", "Reading time: 4 minutes" — a page's estimate of how long the story takes to
// read, printed beside the headline, is not a claim the story makes. (Korean minutes, 읽는 데 3분, are never read as
// durations in the first place: 분 is too often a fraction's or a share's.)
import type { RawClaim } from './types.js';

/** "5 min read", "a 7-minute read", "12 minutes reading": the duration names the read itself. */
const READ_AFTER = /^\s*(?:[-–]\s*)?(?:read|reading)\b(?!\s+(?:of|about|on|that|the|a|an)\b)/i;
/** "Reading time: 4 minutes", "Read time 6 min", "Estimated reading time about 5 minutes". */
const READ_BEFORE = /\b(?:reading|read)\s+time\s*[:：]?\s*(?:(?:about|approx\.?)\s*)?$/i;

export function withoutReadingTime(text: string, raws: RawClaim[]): RawClaim[] {
  return raws.filter((r) => {
    if (r.kind !== 'duration' || r.unit !== 'minute') return true;
    if (READ_AFTER.test(text.slice(r.end, r.end + 24))) return false;
    return !READ_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start));
  });
}
