// The fixture pages of the e2e suite, served under real site names (and one site that is not on the default list).
import { resolve } from 'node:path';
import type { Routes } from '../../../scripts/lib/fixture-server.mjs';
import { bigArticlePage } from '../../bench/page-fixture.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => resolve(ROOT, 'test/e2e/fixtures', name);

export const URLS = {
  seed: 'http://www.hankyung.com/article/2025012482517',
  english: 'http://www.reuters.com/technology/deepseek-cheap-ai-model-2025-01-27/',
  french: 'http://www.reuters.com/fr/economie/constructeur-effectifs-2025-03-12/',
  spa: 'http://www.chosun.com/economy/tech_it/',
  shadow: 'http://apnews.com/article/deepseek-benchmark-claims-0a1b2c',
  widget: 'http://apnews.com/embed/market-widget',
  offList: 'http://blog.example.org/posts/deepseek-numbers',
  pdf: 'http://www.hankyung.com/pdf/deepseek-report.pdf',
  economic: 'http://www.hankyung.com/article/2024100812345',
  long: 'http://www.hankyung.com/article/2025012400001',
  liveBlog: 'http://www.hankyung.com/article/2025012400002',
  hle: 'http://www.hankyung.com/article/2025121512345',
} as const;

/**
 * A live blog written here: every second a new entry is appended inside the article and a reader counter inside it
 * changes (for a minute, as the e2e test watches it).
 */
const LIVE_BLOG = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>실시간 | 데모</title></head>
<body><main><article><h1>실시간 시장 중계</h1>
<div class="article-body" id="articletxt"><p>장 초반 지수는 1.2% 올랐고 거래대금은 3조원을 넘었다. 이 중계는 1초마다 새 소식을 덧붙인다.</p>
<p>지금 <span id="readers">1000명</span>이 보고 있다.</p></div></article></main>
<script>
let n = 0;
const timer = setInterval(() => {
  n++;
  document.getElementById('readers').textContent = (1000 + n) + '명';
  const p = document.createElement('p');
  p.className = 'entry';
  p.textContent = '새 소식입니다. 거래량은 ' + (n * 3 + 1) + '.5% 늘었고 외국인은 ' + (n + 10) + '억원을 순매수했다.';
  document.getElementById('articletxt').append(p);
  if (n >= 75) clearInterval(timer);
}, 1000);
</script></body></html>`;

/** A one-page PDF with no text: enough for the browsers' PDF viewers to open it. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

export const ROUTES: Routes = {
  [URLS.seed]: { file: resolve(ROOT, 'test/data/seed/hankyung-deepseek.html') },
  [URLS.english]: { file: fixture('english-article.html') },
  [URLS.french]: { file: fixture('french-article.html') },
  [URLS.spa]: { file: fixture('spa-article.html') },
  [URLS.shadow]: { file: fixture('shadow-iframe.html') },
  [URLS.widget]: { file: fixture('market-widget.html') },
  [URLS.offList]: { file: fixture('english-article.html') },
  [URLS.pdf]: { body: PDF, type: 'application/pdf' },
  [URLS.economic]: { file: fixture('economic-article.html') },
  // The bench's 2 MB article (generated Korean news, seeded): the long page of the live e2e test.
  [URLS.long]: { body: bigArticlePage(7, 2_000_000).html, type: 'text/html; charset=utf-8' },
  [URLS.liveBlog]: { body: LIVE_BLOG, type: 'text/html; charset=utf-8' },
  [URLS.hle]: { file: fixture('hle-benchmark-article.html') },
};
