// Finds the element holding a news page's article body: known site containers, semantic markup, then text density.
import { isBlockElement, isExcluded } from './skip.js';

/**
 * Known article-body containers, most specific first. A selector only wins when its element has real prose,
 * so a generic class that a site reuses for a teaser does not capture the page.
 */
export const SITE_SELECTORS: readonly string[] = [
  // hankyung.com
  '#articletxt',
  // news.naver.com, v.daum.net
  '#dic_area',
  '#newsct_article',
  '#articeBody',
  '.article_view[data-translation-body]',
  '#mArticle .article_view',
  // chosun.com (Arc), joongang.co.kr, donga.com, mk.co.kr, yna.co.kr
  'section.article-body',
  '#article_body',
  '.news_view',
  '.article_txt',
  '.news_cnt_detail_wrap',
  'article.story-news',
  '.story-news.article',
  // hani.co.kr, khan.co.kr, sedaily.com, edaily.co.kr, mt.co.kr
  '.article-text',
  '#articleBody',
  '.art_body',
  '.article_view',
  '.news_body',
  '#textBody',
  // nytimes, reuters, bbc, theguardian, apnews, bloomberg, cnn, wsj, ft
  'section[name="articleBody"]',
  '[data-testid="ArticleBody"]',
  '[class*="article-body__content"]',
  '[data-component="text-block"]',
  '[data-gu-name="body"]',
  '.article-body-commercial-selector',
  '.RichTextStoryBody',
  '.body-content',
  '.article__content',
  '[data-type="article-body"]',
  '.article-content',
  '#article-body',
  '.article__content-body',
  // Generic
  '.article-body',
  '[itemprop="articleBody"]',
];

/** Minimum prose for a container to count as the article (a caption or teaser is shorter). */
const MIN_TEXT = 120;

/** Enough text to tell an article from a teaser; counting stops there, so a 2 MB body costs no more than a page. */
const COUNT_CAP = 20000;

/** Code units that do not count as text: U+0000–U+0020 (space and the controls below it). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are exactly what is left out of the count.
const SPACE_OR_CONTROL = /[\u0000-\u0020]+/g;

/** Elements whose text is never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/** Non-space characters of visible-ish text under `el`, up to `cap` (script and style skipped). */
function textLength(el: Element, cap = COUNT_CAP): number {
  let n = 0;
  // By firstChild/nextSibling, touching only the nodes read before the cap: in a content script the first touch of a
  // node makes its wrapper, and a 5,000-paragraph body must not cost all of them for 20,000 characters.
  let node: Node | null = el;
  while (node && n < cap) {
    if (node.nodeType === 3) {
      // A native replace, not a loop over char codes: this runs once per page, before the JIT warms up.
      n += (node as Text).data.replace(SPACE_OR_CONTROL, '').length;
    } else if (node.nodeType === 1 && !SKIPPED.has((node as Element).localName) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next in document order within `el`: a sibling, else the sibling of the nearest ancestor that has one.
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return n;
}

function largest(elements: Iterable<Element>): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of elements) {
    if (isExcluded(el, null) || insideFurniture(el)) continue;
    const len = textLength(el);
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return bestLen >= MIN_TEXT ? best : null;
}

/** Inside a skipped subtree (an aside's teaser article, a hidden template) — not the article. */
function insideFurniture(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.localName === 'body' || p.localName === 'html') return false;
    if (isExcluded(p, null)) return true;
  }
  return false;
}

/** The common ancestor of several text blocks (BBC splits its body into many text-block components). */
function commonParent(elements: Element[]): Element | null {
  if (elements.length === 0) return null;
  let anc: Element | null = elements[0]!;
  for (const el of elements.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** A <div> whose children are all inline is a paragraph too (chapter and forum pages write prose in bare divs). */
function isParagraph(el: Element): boolean {
  if (el.localName === 'p') return true;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlockElement(c)) return false;
  return true;
}

/** Share of `el`'s text inside links, counted up to the usual cap (a teaser list is mostly links; prose is not). */
function linkDensity(el: Element): number {
  const all = textLength(el);
  if (all === 0) return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    links += textLength(a, COUNT_CAP - links);
    if (links >= COUNT_CAP) break;
  }
  return links / all;
}

/**
 * Text-density fallback: the element whose paragraph children (and, at half weight, grandchildren) hold the most text — then its ancestors while
 * they hold much more paragraph text than it and are not link lists, because an article is often split into sibling
 * containers (a chapter's sections, a page builder's text columns) and the densest one alone is a fraction of it.
 */
function densest(doc: Document): Element | null {
  const direct = new Map<Element, number>();
  const total = new Map<Element, number>();
  // The first few thousand paragraphs decide it; a 2 MB page must not cost more.
  for (const p of safeQueryAll(doc, 'p, div').slice(0, 6000)) {
    if (!isParagraph(p) || isExcluded(p, null)) continue;
    const parent = p.parentElement;
    if (!parent || insideFurniture(p)) continue;
    const all = textLength(p);
    if (all < 20) continue;
    // A paragraph that is one link (a teaser, a "read more") is not prose.
    const len = all * (1 - Math.min(1, linkDensity(p)));
    if (len < 20) continue;
    direct.set(parent, (direct.get(parent) ?? 0) + len);
    // Half to the grandparent, as Readability scores: a page that wraps every paragraph in its own div still has
    // one container that gathers them.
    const grand = parent.parentElement;
    if (grand && grand.localName !== 'body') direct.set(grand, (direct.get(grand) ?? 0) + len / 2);
    for (let a: Element | null = parent; a && a.localName !== 'body'; a = a.parentElement)
      total.set(a, (total.get(a) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of direct) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best || bestScore < MIN_TEXT) return null;
  for (;;) {
    const up: Element | null = best.parentElement;
    if (!up || up.localName === 'body' || up.localName === 'html') break;
    if ((total.get(up) ?? 0) < 1.4 * (total.get(best) ?? 0) || linkDensity(up) > 0.3) break;
    best = up;
  }
  return best;
}

/** The article body's element; the body when nothing looks like an article. */
export function findArticleRoot(doc: Document): Element {
  for (const selector of SITE_SELECTORS) {
    const found = safeQueryAll(doc, selector);
    if (found.length === 0) continue;
    if (selector === '[data-component="text-block"]') {
      const parent = commonParent(found);
      if (parent && textLength(parent) >= MIN_TEXT) return parent;
      continue;
    }
    const el = largest(found);
    if (el) return el;
  }
  const article = largest(safeQueryAll(doc, 'article'));
  if (article) return article;
  const dense = densest(doc);
  if (dense) return dense;
  const main = largest(safeQueryAll(doc, 'main, [role="main"]'));
  if (main) return main;
  return doc.body ?? doc.documentElement;
}
