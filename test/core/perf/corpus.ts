// The texts the fast paths are checked on: the demo article's paragraphs and ~1 MB of generated news; under
// `npm run eval` (CLAIMLENS_EVAL_CORPORA set) also every text of the third-party conformance corpora, read in place.
import { articleText, generateCorpus } from '../../bench/corpus.js';
import { conformancePieces, type Piece, seedPieces } from '../../bench/corpus-files.js';

const SEED = 'test/data/seed/hankyung-deepseek-2025-01.txt';
/** The conformance corpora's folder, given by the eval config; unit runs use text written or generated here. */
export const CORPORA = process.env.CLAIMLENS_EVAL_CORPORA;

let cached: Piece[] | null = null;

/** Pieces as the bench feeds them (paragraphs and sentences), plus a few whole articles with newlines. */
export function perfPieces(): Piece[] {
  if (cached) return cached;
  const out: Piece[] = [...seedPieces(SEED), ...(CORPORA ? conformancePieces(CORPORA) : [])];
  const arts = generateCorpus({ seed: 20250124, bytes: 1_000_000 });
  arts.forEach((a, i) => {
    out.push({ source: 'generated', lang: a.lang, text: a.title });
    for (const p of a.paragraphs) out.push({ source: 'generated', lang: a.lang, text: p });
    if (i % 20 === 0) out.push({ source: 'generated-article', lang: a.lang, text: articleText(a) });
  });
  cached = out;
  return out;
}
