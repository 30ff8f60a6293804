// Reads a character's UAX #29 Sentence_Break class off Intl.Segmenter (ICU) with a few tiny probe strings.
import { SENTENCE_CLASS as K } from '../../../src/core/detect/sentences.js';

const SEG = new Intl.Segmenter('en', { granularity: 'sentence' });

function breaks(s: string): number[] {
  const out: number[] = [];
  for (const x of SEG.segment(s)) if (x.index > 0) out.push(x.index);
  return out;
}
const keeps = (s: string, i: number): boolean => !breaks(s).includes(i);

/**
 * The class ICU's rules give `x`, told apart by which of the rules SB6–SB11 hold around it (가 is OLetter,
 * a Lower, A Upper). Meaningful only for the characters the table claims to know (no format, combining or
 * line-end characters: rules SB3–SB5 would make the probes misleading).
 */
export function probeClass(x: string): number {
  if (!keeps(`가.${x}`, 2)) {
    if (keeps(`가.${x}a`, 2)) return K.XX;
    return keeps(`a.${x}`, 2) ? K.UPPER : K.OLETTER;
  }
  if (!keeps(`가. ${x}`, 3)) {
    const b = breaks(`가.${x}가`).join(',');
    return b === '3' ? K.CLOSE : b === '' ? K.NUMERIC : -1;
  }
  if (!keeps(`가.${x}가`, 3)) {
    if (breaks(`${x}가`).join(',') !== '1') return K.SP;
    // ATerm keeps "a.A" together (SB7) and STerm does not.
    return keeps(`a${x}A`, 2) ? K.ATERM : K.STERM;
  }
  return keeps(`${x}.A`, 2) ? K.LOWER : K.SCONTINUE;
}
