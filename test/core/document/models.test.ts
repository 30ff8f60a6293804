// Model names are not claims: the family table and the grammar of versions, sizes and tiers after a family name.
import { describe, expect, it } from 'vitest';
import { findModelMentions } from '../../../src/core/document/models.js';
import { detect } from '../../../src/core/index.js';
import { MODEL_FAMILIES } from '../../../src/core/knowledge/models.js';
import { ORGS } from '../../../src/core/knowledge/orgs.js';
import { SOURCES } from '../../../src/core/knowledge/sources.js';

const names = (s: string): string[] => findModelMentions(s).map((m) => m.text);
const quotes = (s: string, lang: 'ko' | 'en' = 'ko'): string[] => detect(s, { lang }).map((c) => c.text);

describe('model names', () => {
  it('reads Korean transliterations with versions, sizes and tiers', () => {
    expect(names('새로 나온 제미나이 3 프로와 제미나이 2.5 플래시를 비교했다')).toEqual([
      '제미나이 3 프로',
      '제미나이 2.5 플래시',
    ]);
    expect(names('클로드 3.5 소네트, 오푸스 4.5, 딥시크 3.2, 딥시크-V3.2-Speciale')).toEqual([
      '클로드 3.5 소네트',
      '오푸스 4.5',
      '딥시크 3.2',
      '딥시크-V3.2-Speciale',
    ]);
    expect(names('큐원 3 235B와 라마 3.1 405B, 엑사원 4.0, 솔라 프로 2, 하이퍼클로바X')).toEqual([
      '큐원 3 235B',
      '라마 3.1 405B',
      '엑사원 4.0',
      '솔라 프로 2',
      '하이퍼클로바X',
    ]);
  });

  it('reads English names, glued versions and the o-series', () => {
    expect(
      names('GPT-5.2, GPT 3.5, GPT4, o1, o3-mini, Llama 3.1 405B, Qwen3-32B, Claude Sonnet 4.5 thinking'),
    ).toEqual([
      'GPT-5.2',
      'GPT 3.5',
      'GPT4',
      'o1',
      'o3-mini',
      'Llama 3.1 405B',
      'Qwen3-32B',
      'Claude Sonnet 4.5 thinking',
    ]);
    expect(names('Solar Pro-2 and Mistral Large 2 and o4-mini high')).toEqual([
      'Solar Pro-2',
      'Mistral Large 2',
      'o4-mini high',
    ]);
  });

  it('stops before a figure, a counter or a word that only ends like a family', () => {
    expect(names('제미나이 3개 모델')).toEqual(['제미나이']);
    expect(names('Llama 3 and 70 billion parameters')).toEqual(['Llama 3']);
    expect(names('드라마 2편')).toEqual([]);
    expect(names('Grokking and Solaris')).toEqual([]);
  });

  it('keeps the versions out of the claims and the scores in', () => {
    expect(
      quotes("구글 '제미나이 3 프로'는 정답률 41.2%로 1위였고 오푸스 4.5는 27.4%, 딥시크 3.2는 20.6%였다"),
    ).toEqual(['41.2%', '1위', '27.4%', '20.6%']);
    expect(quotes('GPT 3.5보다 GPT4가 낫고 GPT4%라는 오타도 있다')).toEqual([]);
    expect(quotes('Grok 3 reportedly scored 61% while o3-mini reached 72%', 'en')).toEqual(['61%', '72%']);
    // A size the journalist adds in parentheses is a figure: 671 billion parameters.
    const size = detect('딥시크 V3(671B)는 공개 모델 가운데 가장 크다', { lang: 'ko' });
    expect(size.map((c) => [c.text, c.kind, c.value])).toEqual([['671B', 'count', 671e9]]);
  });

  it('every family names a known maker and cites known sources', () => {
    const orgs = new Set(ORGS.map((o) => o.id));
    for (const f of MODEL_FAMILIES) {
      expect(orgs.has(f.maker), f.id).toBe(true);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(SOURCES[s], `${f.id} → ${s}`).toBeDefined();
      expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
