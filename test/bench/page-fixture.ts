// Page fixtures for the page bench: a hankyung-like article page of a given size built from the generated corpus.
import { generateCorpus, utf8Length } from './corpus.js';
import { makeRng } from './prng.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Paragraph HTML with some inline markup around figures, as editors bold the key numbers. */
function paragraphHtml(text: string, bold: boolean): string {
  const html = escapeHtml(text);
  if (!bold) return `<p>${html}</p>`;
  let done = false;
  return `<p>${html.replace(/\d[\d,.]*(?:[조억만]\d*)*[%원달러개명]*/, (m) => {
    if (done) return m;
    done = true;
    return `<b>${m}</b>`;
  })}</p>`;
}

/** `count` paragraphs of generated Korean news as `<p>` HTML (also what the incremental bench appends). */
export function paragraphsHtml(seed: number, count: number): string[] {
  const r = makeRng(seed ^ 0x5bd1e995);
  const arts = generateCorpus({ seed, bytes: count * 600, koShare: 1, paragraphs: [6, 14] });
  const out: string[] = [];
  for (const a of arts) {
    for (const p of a.paragraphs.slice(1, -1)) {
      if (out.length >= count) return out;
      out.push(paragraphHtml(p, r.chance(0.2)));
    }
  }
  while (out.length < count) out.push(paragraphHtml('추가 문단입니다. 시장은 3.5% 올랐다.', false));
  return out;
}

const HEAD = `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__ | 한국경제</title>
<meta property="article:published_time" content="2025-01-24T17:24:00+09:00">
<style>
  body { font-family: "Noto Sans KR", sans-serif; margin: 0; color: #222; line-height: 1.8; }
  header.gnb { display: flex; gap: 16px; padding: 8px 24px; border-bottom: 1px solid #ddd; font-size: 14px; }
  main { max-width: 720px; margin: 0 auto; padding: 0 16px; }
  .headline { font-size: 28px; line-height: 1.4; }
  .article-body { font-size: 17px; }
  .article-body h2 { font-size: 20px; margin-top: 32px; }
  footer { margin-top: 48px; padding: 24px; background: #333; color: #bbb; font-size: 12px; }
</style>
</head>
<body>
<header class="gnb"><a href="/">한국경제</a><a href="/economy">경제</a><a href="/it">IT</a><span class="market">코스피 2,536.80 ▲1.56%</span></header>
<main id="container">
<article>
<h1 class="headline">__TITLE__</h1>
<div class="datetime"><span>입력2025.01.24 17:24</span></div>
<div class="article-body" id="articletxt" itemprop="articleBody">
`;

const TAIL = `
</div>
</article>
</main>
<footer>데모 신문. 이 페이지는 벤치마크용으로 생성됐습니다. 무단 전재 및 재배포 금지</footer>
</body>
</html>
`;

export interface BigPage {
  html: string;
  bytes: number;
  paragraphs: number;
  /** Characters of paragraph text (what a text walk reads, roughly). */
  textChars: number;
}

/** A single long article page of about `bytes` UTF-8 bytes: thousands of paragraphs, many numbers. */
export function bigArticlePage(seed: number, bytes: number): BigPage {
  const r = makeRng(seed);
  const arts = generateCorpus({ seed, bytes: Math.round(bytes * 0.93), koShare: 1, paragraphs: [8, 20] });
  const title = arts[0]?.title ?? '기사';
  const parts: string[] = [HEAD.replaceAll('__TITLE__', escapeHtml(title))];
  let paragraphs = 0;
  let textChars = 0;
  for (const [i, a] of arts.entries()) {
    if (i > 0) parts.push(`<h2>${escapeHtml(a.title)}</h2>`);
    for (const p of a.paragraphs.slice(1, -1)) {
      parts.push(paragraphHtml(p, r.chance(0.2)));
      paragraphs++;
      textChars += p.length;
    }
  }
  parts.push(`<p>데모 기자 demo@claimlens.example</p>`);
  parts.push(TAIL);
  const html = parts.join('\n');
  return { html, bytes: utf8Length(html), paragraphs, textChars };
}
