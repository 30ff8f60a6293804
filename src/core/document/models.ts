// Model names in running text: a family name from the knowledge table, then the grammar of what may follow it.
import { MODEL_FAMILIES } from '../knowledge/models.js';
import type { ModelFamily } from '../knowledge/types.js';

export interface ModelMention {
  family: string;
  maker: string;
  /** The whole name as written: "제미나이 3 프로", "Llama 3.1 405B", "o3-mini". */
  text: string;
  start: number;
  end: number;
}

/** Tier and variant words any family may carry after its name or version. */
const COMMON_TIERS = [
  'mini',
  'nano',
  'pro',
  'max',
  'plus',
  'turbo',
  'preview',
  'high',
  'medium',
  'low',
  'thinking',
  'instruct',
  'chat',
  'exp',
  'lite',
  'omni',
  'flash',
  'ultra',
  'reasoner',
  'vision',
  'base',
  '미니',
  '나노',
  '프로',
  '맥스',
  '플러스',
  '터보',
  '프리뷰',
  '씽킹',
  '싱킹',
  '라이트',
  '플래시',
  '울트라',
  '하이',
  '미디엄',
];

/** Korean particles that may follow a model name directly ("3.2는", "프로가"); a counter (3개, 3위) may not. */
const PARTICLE = '은는이가을를의와과에도로랑';

const isHangul = (ch: string | undefined): boolean => !!ch && ch >= '\uac00' && ch <= '\ud7a3';
const isLatinOrDigit = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface NameEntry {
  family: ModelFamily;
  tiers: string[];
}

/** Case and spaces do not tell names apart (HyperCLOVA X, 하이퍼클로바X). */
const nameKey = (s: string): string => s.toLowerCase().replace(/\s/g, '');

const BY_NAME = new Map<string, NameEntry>();
for (const f of MODEL_FAMILIES) {
  const tiers = [...(f.tiers ?? []), ...COMMON_TIERS].sort((a, b) => b.length - a.length);
  for (const n of f.names) BY_NAME.set(nameKey(n), { family: f, tiers });
}

/**
 * Every family name, longest first. A Latin name must not be glued to a letter or digit before it and a
 * letter after it ("Grokking", "Solaris" are not names); a Korean name must not be the tail of a longer
 * word (드라마 is not 라마). Digits may follow directly (GPT4, Qwen3, 그록4).
 */
const NAME_RE: RegExp = (() => {
  const names = MODEL_FAMILIES.flatMap((f) => f.names).sort((a, b) => b.length - a.length);
  const parts = names.map((n) => {
    const body = escapeRe(n).replace(/ /g, '\\s?');
    const latinStart = /^[a-z0-9]/i.test(n);
    const pre = latinStart ? '(?<![A-Za-z0-9])' : '(?<![\\uac00-\\ud7a3])';
    const post = /[a-z]$/i.test(n) ? '(?![a-z])' : '';
    return pre + body + post;
  });
  return new RegExp(parts.join('|'), 'giu');
})();

const SIZE = /^(?:\d{1,3}x)?\d{1,4}(?:\.\d{1,2})?[BbMmKkTt](?![A-Za-z0-9])|^A\d{1,3}B(?![A-Za-z0-9])/;
const VERSION = /^([VvRrKkOo])?(\d{1,4})(?:\.(\d{1,2}))?([a-z])?(?![A-Za-z0-9])/;
/** After a version written apart from its name, these make the number a figure, not a version. */
const FIGURE_AFTER =
  /^(?:[%％]|\.\d|\s?(?:%|퍼센트|포인트|점|배|억|만|천|million|billion|thousand|percent|points?|per\b|times\b|out of\b|of \d))/i;

/** The version token at `p` after separator `sep`, or its end; -1 when the text there is no version. */
function versionAt(text: string, p: number, sep: string): number {
  const m = VERSION.exec(text.slice(p, p + 12));
  if (!m) return -1;
  const end = p + m[0].length;
  if (sep === ' ' && !m[1]) {
    // Apart from the name, a bare number is a version only when short (3, 3.5, 4.0) and nothing figure-like follows.
    if (m[2]!.length > 2) return -1;
    if (FIGURE_AFTER.test(text.slice(end, end + 12))) return -1;
    const next = text[end];
    if (isHangul(next) && !PARTICLE.includes(next!)) return -1;
  }
  return end;
}

/** The tier word at `p`, or -1. Latin tiers end at a non-letter; Korean tiers at a non-Hangul or a particle. */
function tierAt(text: string, p: number, tiers: string[]): number {
  for (const t of tiers) {
    const seg = text.slice(p, p + t.length);
    if (seg.toLowerCase() !== t.toLowerCase()) continue;
    const next = text[p + t.length];
    if (/[a-z]/i.test(t)) {
      if (next && /[A-Za-z]/.test(next)) continue;
    } else if (isHangul(next) && !(PARTICLE.includes(next!) && !isHangul(text[p + t.length + 1]))) continue;
    return p + t.length;
  }
  return -1;
}

const SEPARATORS = ['', ' ', '-', '_'];

/** Reads the versions, sizes and tiers after a family name; returns where the name ends. */
function readTail(text: string, from: number, entry: NameEntry): number {
  let end = from;
  let tokens = 0;
  for (let guard = 0; guard < 8; guard++) {
    let next = -1;
    for (const sep of SEPARATORS) {
      if (sep && text[end] !== sep) continue;
      // A glued tier ("GPTPro") is not a tier; glued digits are a version (GPT4, Qwen3).
      const p = end + sep.length;
      const size = SIZE.exec(text.slice(p, p + 12));
      if (size && (sep || tokens > 0)) next = p + size[0].length;
      if (next < 0) next = versionAt(text, p, sep);
      if (next < 0 && sep) next = tierAt(text, p, entry.tiers);
      if (next >= 0) break;
    }
    if (next < 0) break;
    end = next;
    tokens++;
  }
  return end;
}

/** Model names in text[from, to), left to right, non-overlapping. */
export function findModelMentions(text: string, from = 0, to = text.length): ModelMention[] {
  const out: ModelMention[] = [];
  const slice = text.slice(0, to);
  NAME_RE.lastIndex = from;
  for (let m = NAME_RE.exec(slice); m; m = NAME_RE.exec(slice)) {
    const entry = BY_NAME.get(nameKey(m[0]));
    if (!entry) continue;
    const nameEnd = m.index + m[0].length;
    if (entry.family.needsVersion) {
      const p = text[nameEnd] === '-' && /^[a-z]{2}/i.test(m[0]) ? nameEnd + 1 : nameEnd;
      if (!/\d/.test(text[p] ?? '')) continue;
    } else if (/[a-z]$/i.test(m[0]) && isLatinOrDigit(text[nameEnd]) && !/\d/.test(text[nameEnd]!)) continue;
    const end = Math.min(readTail(text, nameEnd, entry), to);
    out.push({
      family: entry.family.id,
      maker: entry.family.maker,
      text: text.slice(m.index, end),
      start: m.index,
      end,
    });
    NAME_RE.lastIndex = end;
  }
  return out;
}
