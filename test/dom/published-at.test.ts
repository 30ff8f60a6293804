// The publication date, from the places news pages put it.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublishedAt, parseKoreanDate } from '../../src/dom/published-at.js';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('findPublishedAt', () => {
  it('reads the seed page byline (입력2025.01.24 17:24) as KST', () => {
    expect(findPublishedAt(doc(readFileSync('test/data/seed/hankyung-deepseek.html', 'utf8')))).toBe(
      '2025-01-24T17:24:00+09:00',
    );
  });
  it('prefers meta article:published_time', () => {
    const d = doc(`<html><head><meta property="article:published_time" content="2025-01-24T08:24:00Z"></head>
      <body><div class="date">입력 2020.01.01 10:00</div></body></html>`);
    expect(findPublishedAt(d)).toBe('2025-01-24T08:24:00Z');
  });
  it('reads JSON-LD datePublished, also inside @graph, and survives broken JSON-LD', () => {
    const d = doc(`<html><head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00+09:00"}]}</script>
      </head><body></body></html>`);
    expect(findPublishedAt(d)).toBe('2024-03-05T10:00:00+09:00');
  });
  it('reads <time datetime>', () => {
    expect(
      findPublishedAt(doc('<body><article><time datetime="2023-11-02">Nov 2</time></article></body>')),
    ).toBe('2023-11-02');
  });
  it('is undefined when the page says nothing', () => {
    expect(findPublishedAt(doc('<body><p>No date here, 2024 was a year.</p></body>'))).toBeUndefined();
  });
});

describe('parseKoreanDate', () => {
  it.each([
    ['입력2025.01.24 17:24', '2025-01-24T17:24:00+09:00'],
    ['입력 : 2025-01-24 09:05', '2025-01-24T09:05:00+09:00'],
    ['기사입력 2025.01.24. 오후 5:24', '2025-01-24T17:24:00+09:00'],
    ['입력 2025.01.24. 오전 12:10', '2025-01-24T00:10:00+09:00'],
    ['등록 2025년 1월 24일', '2025-01-24'],
    ['수정2025.01.25 09:02', undefined],
    ['입력 2025.13.40', undefined],
  ])('%s → %s', (text, want) => {
    expect(parseKoreanDate(text)).toBe(want);
  });
});
