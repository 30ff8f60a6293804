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
  // convertMoney's value is value × rate, and its rate depends only on the currency, the date and the
  // built-in rate table: one conversion per currency and date, shared by every document.
  const key = `${c.unit}|${doc.ctx.publishedAt ?? ''}`;
  let rate = USD_RATES.get(key);
  if (rate === undefined) {
    rate = convertMoney(1, c.unit, 'USD', doc.ctx.publishedAt)?.rate ?? null;
    if (USD_RATES.size >= 4096) USD_RATES.clear();
    USD_RATES.set(key, rate);
  }
  return rate === null ? null : c.value * rate;
}

const USD_RATES = new Map<string, number | null>();

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
