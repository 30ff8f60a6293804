// Extraction on the seed page and on small pages, in linkedom (the CLI's DOM) and happy-dom.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../src/dom/article-root.js';
import {
  extractArticle,
  indexSegments,
  offsetToPosition,
  positionToOffset,
  segmentIndexAt,
} from '../../src/dom/extract.js';

const SEED = readFileSync('test/data/seed/hankyung-deepseek.html', 'utf8');

function linkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happy(html: string): Document {
  const win = new Window();
  win.document.write(html);
  return win.document as unknown as Document;
}

describe.each([
  ['linkedom', linkedom],
  ['happy-dom', happy],
])('extractArticle on the hankyung seed (%s)', (_name, parse) => {
  const doc = parse(SEED);
  const ex = extractArticle(doc);

  it('picks the article body container', () => {
    expect(ex.root.getAttribute('id')).toBe('articletxt');
  });

  it('has the article text and none of the furniture', () => {
    expect(ex.text).toContain('딥시크-V3 개발에 든 비용은 557만6000달러(약 78억8000만원)로, 엔비디아 H800');
    expect(ex.text).toContain('자사 추론 모델이 79.8%를 얻어 오픈AI 추론 모델의 79.2%보다 앞섰다고 밝혔다.');
    for (const furniture of [
      '코스피',
      '2,536.80',
      '관련 뉴스',
      '가리개',
      '557만 달러면',
      '연봉 5000만원',
      '댓글',
      '1,204',
      '데모 신문',
      'ADVERTISEMENT',
      '__articleClicks',
    ]) {
      expect(ex.text).not.toContain(furniture);
    }
    expect(ex.text).not.toMatch(/\b12\b/);
  });

  it('keeps a sentence across <b> whole and separates paragraphs at <br>', () => {
    const lines = ex.text.split('\n');
    expect(
      lines.some((l) => l.includes('비용은 557만6000달러(약 78억8000만원)로,') && l.endsWith('산정됐다.')),
    ).toBe(true);
    // 14 paragraphs and the byline, no empty lines from <br><br>.
    expect(lines.filter((l) => l.trim() !== '').length).toBe(15);
    expect(ex.text).not.toContain('\n\n');
  });

  it('maps every segment to its Text node exactly', () => {
    for (const s of ex.segments) {
      const fromNode = s.node.data
        .slice(s.nodeOffset, s.nodeOffset + (s.end - s.start))
        .replace(/[\t\n\r\f]/g, ' ');
      expect(fromNode).toBe(ex.text.slice(s.start, s.end));
    }
    // Segments are sorted and disjoint.
    for (let i = 1; i < ex.segments.length; i++)
      expect(ex.segments[i]!.start).toBeGreaterThanOrEqual(ex.segments[i - 1]!.end);
  });

  it('maps offsets to nodes and back', () => {
    const at = ex.text.indexOf('557만6000달러');
    const start = offsetToPosition(ex, at)!;
    expect(start.node.parentElement?.localName).toBe('b');
    expect(start.node.data.slice(start.offset)).toBe('557만6000달러');
    const end = offsetToPosition(ex, at + '557만6000달러'.length, true)!;
    expect(end.node).toBe(start.node);
    expect(end.offset).toBe(start.node.data.length);
    const index = indexSegments(ex.segments);
    expect(positionToOffset(index, start.node, start.offset)).toBe(at);
    const pct = ex.text.indexOf('79.8%');
    const p = offsetToPosition(ex, pct)!;
    expect(p.node.data.slice(p.offset, p.offset + 5)).toBe('79.8%');
    expect(positionToOffset(index, p.node, p.offset + 2)).toBe(pct + 2);
    expect(positionToOffset(index, doc.createTextNode('x'), 0)).toBe(-1);
  });

  it('assigns boundaries between adjacent segments by side', () => {
    const at = ex.text.indexOf('557만6000달러');
    const i = segmentIndexAt(ex.segments, at);
    expect(ex.segments[i]!.start).toBe(at);
    // As a range end, the same offset belongs to the text before the <b>.
    expect(ex.segments[segmentIndexAt(ex.segments, at, true)]!.end).toBe(at);
  });

  it('widens to the whole page on request, still without furniture', () => {
    const whole = extractArticle(doc, { wholePage: true });
    expect(whole.root.localName).toBe('body');
    expect(whole.text).toContain('ClaimLens가 직접 쓴 데모 기사입니다');
    expect(whole.text).toContain('557만6000달러');
    for (const furniture of ['코스피', '관련 뉴스', '557만 달러면', '연봉 5000만원', '데모 신문']) {
      expect(whole.text).not.toContain(furniture);
    }
  });
});

describe('extraction rules on small pages', () => {
  it('skips code, hidden, editable, script and our own UI', () => {
    const doc =
      linkedom(`<html><body><article><p>Revenue rose 40% to $5 million in 2024, the company said in its report.</p>
      <p hidden>hidden 1%</p><p aria-hidden="true">aria 2%</p><p style="color:red; display: none">inline 3%</p>
      <pre>pre 4%</pre><p>code <code>5%</code> kbd <kbd>6%</kbd> samp <samp>7%</samp></p>
      <div contenteditable="true">editable 8%</div><div role="textbox">textbox 9%</div><textarea>ta 10%</textarea>
      <script>var x = "11%";</script><style>.a{width:13%}</style><noscript>ns 14%</noscript><template><p>tp 15%</p></template>
      <svg><text>svg 16%</text></svg><claimlens-root>ours 17%</claimlens-root><input value="18%">
      <nav>nav 19%</nav><aside>aside 20%</aside><div class="ad-slot">ad 21%</div><div class="comments">cm 22%</div>
      <p>Line one<br>line two <b>bold <a href="#">linked</a> text</b> end.</p></article></body></html>`);
    const ex = extractArticle(doc);
    expect(ex.root.localName).toBe('article');
    expect(ex.text).toContain('Revenue rose 40% to $5 million');
    for (let n = 1; n <= 22; n++) expect(ex.text).not.toContain(` ${n}%`);
    expect(ex.text).toContain('Line one\nline two bold linked text end.');
  });

  it('falls back to itemprop, then article, then text density', () => {
    const long = 'This sentence has enough words to count as prose in an article body. '.repeat(4);
    const a = linkedom(
      `<body><div class="x"><p>teaser</p></div><div itemprop="articleBody"><p>${long}</p></div></body>`,
    );
    expect(findArticleRoot(a).getAttribute('itemprop')).toBe('articleBody');
    const b = linkedom(
      `<body><article><p>short</p></article><article id="main"><p>${long}</p></article></body>`,
    );
    expect(findArticleRoot(b).id).toBe('main');
    const c = linkedom(
      `<body><div id="menu"><p>Home</p></div><div id="story"><p>${long}</p><p>${long}</p></div></body>`,
    );
    expect(findArticleRoot(c).id).toBe('story');
    const d = linkedom('<body><p>tiny</p></body>');
    expect(findArticleRoot(d).localName).toBe('body');
  });

  it('knows the Naver and Daum containers', () => {
    const long = '기사 본문이 충분히 길어야 본문으로 인정됩니다. '.repeat(10);
    expect(
      findArticleRoot(
        linkedom(`<body><div id="newsct"><article id="dic_area">${long}</article></div></body>`),
      ).id,
    ).toBe('dic_area');
    expect(
      findArticleRoot(
        linkedom(
          `<body><div id="mArticle"><div class="article_view"><section>${long}</section></div></div></body>`,
        ),
      ).className,
    ).toBe('article_view');
  });
});
