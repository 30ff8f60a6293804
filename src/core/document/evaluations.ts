// Evaluations the knowledge base does not know, and phrases pointing back at one ("이 시험", "the same evaluation").
import type { EvaluationMention } from './index.js';

/** Head nouns of an evaluation's name in Korean news. */
const KO_HEAD = /벤치마크|평가|시험|리더보드|테스트|올림피아드|경시대회|경진대회/g;
/** After the head: a particle or a non-Hangul character ("시험에서", "벤치마크 'KoEdu'"), not a longer word (평가하는). */
const KO_AFTER = /^(?:$|[^가-힣]|에서|에선|에서도|에서는|의|은|는|을|를|이|가|도|에|으로|로)/;
/** Determiners that make "이 시험" point back at an evaluation named before. */
const KO_ANAPHOR = /^(?:이|해당|같은|동일한|이번|그|앞의)$/;
/** A token that ends in a particle or verb ending is not part of a name ("성능을", "평가하는"). */
const KO_NOT_NAME = /(?:[은는을를의에도와과며고서다로된던될할]|하는|위한|에서|한)$/;
const QUOTED_AFTER = /^\s*['‘"“]([^'’"”\n]{2,40})['’"”]/;

const EN_HEAD = /\b(benchmarks?|leaderboards?|exams?|examination|tests?|evaluations?|olympiad|index)\b/gi;
const EN_ANAPHOR = /\b(?:the|this|that|same)\s+(?:same\s+)?$/i;

function koPhrases(text: string, out: EvaluationMention[]): void {
  KO_HEAD.lastIndex = 0;
  for (let m = KO_HEAD.exec(text); m; m = KO_HEAD.exec(text)) {
    const headEnd = m.index + m[0].length;
    if (!KO_AFTER.test(text.slice(headEnd, headEnd + 3))) continue;
    // "벤치마크 'KoEdu'에선": the quoted name after the head is the evaluation's name.
    const quoted = QUOTED_AFTER.exec(text.slice(headEnd, headEnd + 46));
    if (quoted) {
      const start = headEnd + quoted[0].indexOf(quoted[1]!);
      out.push({ kind: 'named', start, end: start + quoted[1]!.length, name: quoted[1]! });
      continue;
    }
    // The words before the head, within the clause: up to three that are not particles or verb forms.
    let from = m.index;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const clause = lead.split(/[,.;:!?\n]/).pop() ?? '';
    const glued = /[가-힣A-Za-z0-9)]$/.test(clause); // "수학올림피아드": the head is the end of a word
    const tokens = clause.split(/\s+/).filter(Boolean);
    const name: string[] = [];
    for (let i = tokens.length - 1; i >= 0 && name.length < 3; i--) {
      const tok = tokens[i]!;
      if (name.length === 0 && KO_ANAPHOR.test(tok) && !glued) {
        out.push({ kind: 'anaphor', start: m.index - tok.length - 1, end: headEnd, name: tok + ' ' + m[0] });
        name.length = 0;
        from = -1;
        break;
      }
      if (KO_NOT_NAME.test(tok) && !(glued && name.length === 0)) break;
      name.unshift(tok);
    }
    if (from < 0 || name.length === 0) continue;
    const phrase = name.join(' ');
    const start = m.index - (glued ? phrase.length : phrase.length + 1);
    const raw = text.slice(Math.max(0, start), headEnd);
    out.push({ kind: 'named', start: Math.max(0, start), end: headEnd, name: raw.replace(/^['‘"“]/, '') });
  }
}

function enPhrases(text: string, out: EvaluationMention[]): void {
  EN_HEAD.lastIndex = 0;
  for (let m = EN_HEAD.exec(text); m; m = EN_HEAD.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const caps = /((?:[A-Z][\w.'’-]*\s+){1,4})$/.exec(before);
    const end = m.index + m[0].length;
    if (caps && !/^(?:The|This|That|In|On|At|A|An)\s+$/.test(caps[1]!)) {
      const words = caps[1]!.replace(/^(?:The|This|That|In|On|At|A|An)\s+/, '');
      const start = m.index - words.length;
      out.push({ kind: 'named', start, end, name: text.slice(start, end) });
      continue;
    }
    const ana = EN_ANAPHOR.exec(before);
    if (ana)
      out.push({
        kind: 'anaphor',
        start: m.index - ana[0].length,
        end,
        name: text.slice(m.index - ana[0].length, end),
      });
  }
}

/** Named and anaphoric evaluation phrases, left to right (knowledge-base mentions are found elsewhere). */
export function findEvaluationPhrases(text: string): EvaluationMention[] {
  const out: EvaluationMention[] = [];
  koPhrases(text, out);
  enPhrases(text, out);
  return out.sort((a, b) => a.start - b.start);
}
