// The peer: Microsoft Recognizers-Text (number + percentage + currency), used only by the bench.
import {
  Culture,
  recognizeCurrency,
  recognizeNumber,
  recognizePercentage,
} from '@microsoft/recognizers-text-suite';
import type { TextLang } from './corpus-files.js';

/**
 * Recognizers-Text's JavaScript build has English, Chinese and Japanese (among others) but no Korean:
 * Korean text goes through the English models, which still read its Arabic digits, %, and "$".
 */
export function peerCulture(lang: TextLang): string {
  if (lang === 'zh') return Culture.Chinese;
  if (lang === 'ja') return Culture.Japanese;
  return Culture.English;
}

/** One piece through the three recognizers a claim finder would need; returns how many entities they found. */
export function peerRecognize(text: string, lang: TextLang): number {
  const culture = peerCulture(lang);
  let n = 0;
  for (const recognize of [recognizeNumber, recognizePercentage, recognizeCurrency]) {
    try {
      n += recognize(text, culture).length;
    } catch {
      // Its Japanese and Chinese models throw on some inputs; the time spent still counts, the piece finds nothing.
      peerErrors++;
    }
  }
  return n;
}

let peerErrors = 0;

/** How many recognizer calls threw so far. */
export function peerErrorCount(): number {
  return peerErrors;
}
