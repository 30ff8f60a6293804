// Recognizes the well-known DeepSeek-V3 figures in an article, in any currency, at the article's month.
import { convertMoney } from '../../convert.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { TrainingFact } from '../../knowledge/types.js';
import type { Claim } from '../../types.js';
import { DEEPSEEK_RE, type Doc, docMentions } from '../doc.js';

/** Money in USD at the article's month (null for currencies without reference rates). */
export function inUsd(c: Claim, doc: Doc): number | null {
  if (c.kind !== 'money' || !c.unit) return null;
  if (c.unit === 'USD') return c.value;
  // One conversion per currency and document: convertMoney's value is value × rate, so this is the same number.
  let rates = doc.memo.get('usd-rates') as Map<string, number | null> | undefined;
  if (!rates) {
    rates = new Map();
    doc.memo.set('usd-rates', rates);
  }
  let rate = rates.get(c.unit);
  if (rate === undefined) {
    rate = convertMoney(1, c.unit, 'USD', doc.ctx.publishedAt)?.rate ?? null;
    rates.set(c.unit, rate);
  }
  return rate === null ? null : c.value * rate;
}

/**
 * The training fact whose cost this money claim reports: $5.576M exactly, or a rounding of it
 * ($5.5M–$6M, "$6 million") in an article that names DeepSeek; converted amounts within 10%.
 */
export function knownTrainingCost(c: Claim, doc: Doc, kb: Knowledge): TrainingFact | undefined {
  const usd = inUsd(c, doc);
  if (usd === null || c.per) return undefined;
  for (const f of kb.training) {
    if (!f.costUsd) continue;
    if (f.maker === 'deepseek' && !docMentions(doc, 'deepseek', DEEPSEEK_RE)) continue;
    const tol = c.unit === 'USD' ? (c.approx || c.value % 100_000 === 0 ? 0.08 : 0.005) : 0.1;
    if (Math.abs(usd - f.costUsd) / f.costUsd <= tol) return f;
  }
  return undefined;
}
