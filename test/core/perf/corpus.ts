// The texts the fast paths are checked on: seed paragraphs, every conformance text, ~1 MB of generated bench news.
import { articleText, generateCorpus } from '../../bench/corpus.js';
import { conformancePieces, type Piece, seedPieces } from '../../bench/corpus-files.js';

const DATA = 'test/data';

let cached: Piece[] | null = null;

/** Pieces as the bench feeds them (paragraphs and sentences), plus a few whole articles with newlines. */
export function perfPieces(): Piece[] {
  if (cached) return cached;
  const out: Piece[] = [...seedPieces(DATA), ...conformancePieces(DATA)];
  const arts = generateCorpus({ seed: 20250124, bytes: 1_000_000 });
  arts.forEach((a, i) => {
    out.push({ source: 'generated', lang: a.lang, text: a.title });
    for (const p of a.paragraphs) out.push({ source: 'generated', lang: a.lang, text: p });
    if (i % 20 === 0) out.push({ source: 'generated-article', lang: a.lang, text: articleText(a) });
  });
  cached = out;
  return out;
}
