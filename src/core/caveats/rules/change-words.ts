// Shared wording of changes: is this percentage a change ("30% 늘었다", "rose 17%") or a level ("3.25%에서")?
import type { Claim } from '../../types.js';
import type { Doc } from '../doc.js';

/** Change verbs and nouns, Korean and English. */
export const CHANGE =
  /증가|감소|상승|하락|인하|인상|늘었|줄었|늘어|줄어|올랐|올렸|내렸|낮췄|높였|급증|급감|뛰었|떨어|확대|축소|\brose\b|\bfell\b|\brise\b|\bfall\b|increase|decrease|surge|plunge|jump|climb|drop|declin|\bgain|\bcut\b|raised|hike|lowered|\bup\b|\bdown\b/i;

/** Nouns of rates: a change in one of these may be in points or relative. */
export const RATE_NOUNS =
  /금리|실업률|점유율|비율|비중|지지율|정확도|성장률|상승률|물가상승률|인플레이션|수익률|이자율|투표율|합격률|득표율|시청률|점유비|\brate\b|market share|share of|accuracy|approval|unemployment|inflation|\byield\b|margin|turnout|percentage/i;

/**
 * The claim states a change: a change word right after it (Korean "30% 늘었다", "2배 증가") or
 * right before it (English "plunged 17%", "rose by 17%").
 */
export function isChange(doc: Doc, c: Claim): boolean {
  const after = doc.text.slice(c.end, Math.min(c.sentence.end, c.end + 10));
  const before = doc.text.slice(Math.max(c.sentence.start, c.start - 14), c.start);
  return (
    CHANGE.test(after) ||
    /(?:rose|fell|rise|fall|increased|decreased|surged|plunged|jumped|climbed|dropped|declined|gained|cut|raised|lowered|up|down)(?: by)?\s*$/i.test(
      before,
    )
  );
}

/** The claim is a level of a change ("3.25%에서 3.0%로", "from 3.25% to 3%", "4.6%까지"). */
export function isLevel(doc: Doc, c: Claim): boolean {
  const after = doc.text.slice(c.end, c.end + 4);
  const before = doc.text.slice(Math.max(0, c.start - 6), c.start);
  return /^\s*(?:에서|로|으로|까지|대\b|였|이었)/.test(after) || /\b(?:from|to)\s*$/i.test(before);
}
