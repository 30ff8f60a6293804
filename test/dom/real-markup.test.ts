// Article choice and text on markup shapes met on real pages (each page here is written for the test).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { extractArticle, indexSegments, offsetToPosition, positionToOffset } from '../../src/dom/extract.js';

const doc = (body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

const prose = (n: number, figure: string): string =>
  `<p>Paragraph ${n} of the report says the figure was ${figure} last year, which the agency confirmed in its own review of the data.</p>`;

const numbers = (d: Document): string[] => analyze(extractArticle(d).text).claims.map((c) => c.text);

describe('the article root on real shapes', () => {
  it('takes every section of a chapter page, not the densest section alone', () => {
    // A book chapter split into sibling <section>s of similar size (no <article>, no known container).
    const sections = [1, 2, 3, 4]
      .map(
        (s) =>
          `<section id="s${s}"><h2>Part ${s}</h2>${prose(s, `${s * 11}%`)}${prose(s + 10, `${s * 7} million`)}</section>`,
      )
      .join('');
    const d = doc(
      `<nav><a href="/">Home</a> <a href="/2">Page 2</a></nav><main><div class="content"><section id="chapter">${sections}</section></div></main>`,
    );
    expect(numbers(d)).toEqual([
      '11%',
      '7 million',
      '22%',
      '14 million',
      '33%',
      '21 million',
      '44%',
      '28 million',
    ]);
  });

  it('reads prose written in bare divs, one wrapper per paragraph', () => {
    const paras = Array.from(
      { length: 8 },
      (_, i) =>
        `<div style="direction: ltr"><div><span>The caravan walked for ${i + 2} hours before the river, and nobody spoke about the storm that had turned them back the week before.</span></div></div>`,
    ).join('');
    const note = `<div class="author-note"><p>Thanks for reading! Chapter 12 comes out on Friday, and the poll closes after 3 days.</p></div>`;
    const d = doc(
      `<div class="page"><div class="chapter">${note}<div class="chapter-content"><div>${paras}</div></div></div></div>`,
    );
    const found = numbers(d);
    expect(found).toContain('2 hours');
    expect(found).toContain('9 hours');
    expect(found).not.toContain('3 days');
  });

  it('does not climb into a list of links around the article', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<p><a href="/n${i}">Another story about ${i + 3} million users and a long headline that goes on</a></p>`,
    ).join('');
    const d = doc(
      `<div id="wrap"><div id="story">${prose(1, '$5 billion')}${prose(2, '12%')}</div><div id="more">${teasers}</div></div>`,
    );
    expect(numbers(d)).toEqual(['$5 billion', '12%']);
  });

  it('leaves related posts, galleries, like counters and action bars inside the article out', () => {
    const d = doc(`<article><div class="entry-content">${prose(1, '40%')}${prose(2, '$3 billion')}
      <div class="jp-relatedposts"><p>Survey of 56,000 developers in 170 countries</p></div>
      <div class="full-gallery"><ul><li><p>Revenue dipped 8.8 per cent to £395m</p></li></ul></div>
      <div class="post-tools-wrapper"><a class="js_like"><span class="js_like_count">36</span></a></div>
      <div class="article-view-action"><a class="btn"><span>1 Share</span></a></div></div></article>`);
    expect(numbers(d)).toEqual(['40%', '$3 billion']);
  });
});

describe('white space as layout collapses it', () => {
  const d = doc(
    '<article><p>The average purity is just\n              over 40 percent, while it sits at some\n   <em>six inches</em>   above the rest of the shelf in the old archive room today.</p></article>',
  );
  const ex = extractArticle(d);

  it('folds runs of spaces and line breaks into one space, inside a node and across inline elements', () => {
    expect(ex.text).toContain('just over 40 percent, while it sits at some six inches above');
    expect(analyze(ex.text).claims.map((c) => c.text)).toEqual(['just over 40 percent', 'some six inches']);
  });

  it('maps every offset back to the DOM and back again', () => {
    const index = indexSegments(ex.segments);
    let checked = 0;
    for (let i = 0; i < ex.text.length; i++) {
      if (ex.text[i] === '\n') continue;
      const pos = offsetToPosition(ex, i)!;
      expect(pos.node.data[pos.offset]!.replace(/\s/, ' ')).toBe(ex.text[i]);
      expect(positionToOffset(index, pos.node, pos.offset)).toBe(i);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
