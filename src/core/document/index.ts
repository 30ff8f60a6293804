// The document model: paragraphs, sentences and the mentions found once per text (evaluations, models), with positions.
import {
  BENCHMARK_BY_ID,
  type BenchmarkMention,
  findBenchmarkMentions,
} from '../knowledge/benchmarks/index.js';
import type { Lang } from '../types.js';
import { findEvaluationPhrases } from './evaluations.js';
import { findModelMentions, type ModelMention } from './models.js';

export type { ModelMention } from './models.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * An evaluation named in the text: a benchmark the knowledge base has ('benchmark', with its id), one it does
 * not have ('named': "국제 화학올림피아드 시험", "the WebDev leaderboard"), or a phrase pointing back at one
 * ('anaphor': "이 시험", "해당 벤치마크", "the test", "the same evaluation").
 */
export interface EvaluationMention extends Span {
  kind: 'benchmark' | 'named' | 'anaphor';
  /** Knowledge-base id, for 'benchmark'. */
  id?: string;
  /** The name as written (trimmed of particles). */
  name: string;
}

export interface TextDocument {
  text: string;
  lang: Lang;
  paragraphs: Span[];
  sentences: Span[];
  evaluations: EvaluationMention[];
  models: ModelMention[];
  /** Whether the text is about AI models at all (a model name, "AI", "LLM", 인공지능 …). */
  aboutAi: boolean;
  /** Index of the paragraph / sentence holding `pos`. */
  paragraphIndex(pos: number): number;
  sentenceIndex(pos: number): number;
}

const AI_WORDS = /\bAI\b|인공지능|\bLLMs?\b|언어\s?모델|language models?|챗봇|chatbots?|AI\s?모델|딥러닝/;

function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Sentence ends as news writes them: . ! ? 。 followed by a space, a closing quote or a line end. */
function sentencesOf(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      // Char codes, not one-character strings: most of a text is read here once per analyze().
      const ch = text.charCodeAt(i);
      if (ch !== 0x2e && ch !== 0x21 && ch !== 0x3f && ch !== 0x3002) continue;
      let j = i + 1;
      while (j < p.end && /["'”’)\]」』]/.test(text[j]!)) j++;
      if (j < p.end && !/\s/.test(text[j]!)) continue;
      if (ch === 0x2e && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[j + 1] ?? '') && j === i + 1)
        continue;
      out.push({ start: s, end: j });
      s = j;
      while (s < p.end && /\s/.test(text[s]!)) s++;
      i = s - 1;
    }
    if (s < p.end) out.push({ start: s, end: p.end });
  }
  return out;
}

function indexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Drops a generic family mention ("AIME", "수능") when a specific one ("AIME 2024", "수능 국어") follows it closely. */
function dropGeneric(mentions: BenchmarkMention[], text: string): BenchmarkMention[] {
  return mentions.filter((m, i) => {
    const b = BENCHMARK_BY_ID.get(m.id);
    if (!b?.family || b.family !== b.id) return true;
    const next = mentions[i + 1];
    if (!next) return true;
    const nb = BENCHMARK_BY_ID.get(next.id);
    return !(nb?.family === b.id && next.start - m.end <= 20 && !/[.!?]/.test(text.slice(m.end, next.start)));
  });
}

/** The family member whose names hold `year` ("AIME" + 2025 → aime-2025), if there is one. */
function memberForYear(family: string, year: string): string | undefined {
  for (const b of BENCHMARK_BY_ID.values())
    if (b.family === family && b.id !== family && b.aliases.some((a) => a.includes(year))) return b.id;
  return undefined;
}

/**
 * A generic family name made specific by its context: a year written next to it ("2025년 미국수학경시대회(AIME)",
 * "AIME (2024)") or, later in the text, the member named before ("AIME 2025 … AIME에서" is AIME 2025).
 */
function specific(mentions: BenchmarkMention[], text: string): BenchmarkMention[] {
  const lastOfFamily = new Map<string, string>();
  return mentions.map((m) => {
    const b = BENCHMARK_BY_ID.get(m.id);
    if (!b?.family) return m;
    if (b.family !== b.id) {
      lastOfFamily.set(b.family, b.id);
      return m;
    }
    const near = `${text.slice(Math.max(0, m.start - 16), m.start)}|${text.slice(m.end, m.end + 10)}`;
    const year = /(20\d\d)년?\s*[^\d|]{0,12}\||\|[\s(]*(20\d\d)\b/.exec(near);
    const byYear = year ? memberForYear(b.id, year[1] ?? year[2]!) : undefined;
    const id = byYear ?? lastOfFamily.get(b.id);
    if (byYear) lastOfFamily.set(b.id, byYear);
    return id ? { ...m, id } : m;
  });
}

/** Builds the model once per text; `models` may come from the detector, which needs them first. */
export function buildDocument(text: string, lang: Lang, models?: readonly ModelMention[]): TextDocument {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs);
  const found = models ? [...models] : findModelMentions(text);
  const benchmarks: EvaluationMention[] = specific(dropGeneric(findBenchmarkMentions(text), text), text).map(
    (m) => ({
      kind: 'benchmark',
      id: m.id,
      start: m.start,
      end: m.end,
      name: text.slice(m.start, m.end),
    }),
  );
  // A phrase that overlaps or directly wraps a known benchmark ("MMLU 벤치마크") is that benchmark.
  const phrases = findEvaluationPhrases(text).filter(
    (p) => !benchmarks.some((b) => b.start < p.end + 2 && b.end > p.start - 2),
  );
  const evaluations = [...benchmarks, ...phrases].sort((a, b) => a.start - b.start);
  return {
    text,
    lang,
    paragraphs,
    sentences,
    evaluations,
    models: found,
    aboutAi: found.length > 0 || AI_WORDS.test(text),
    paragraphIndex: (pos) => indexAt(paragraphs, pos),
    sentenceIndex: (pos) => indexAt(sentences, pos),
  };
}
