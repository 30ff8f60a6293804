// Which elements extraction never enters (furniture, code, editable, hidden, our own UI) and which end a block.

/** Never text worth annotating: code, media, form controls, and elements whose text is not prose. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'nav',
  'header',
  'footer',
  'aside',
  'dialog',
  'head',
  'title',
  'claimlens-root',
]);

/** Landmark and widget roles that are page furniture or editable. */
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'textbox',
  'searchbox',
  'combobox',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'button',
  'dialog',
  'alertdialog',
  'tooltip',
]);

// <form> is not skipped: some sites wrap the whole page in one (ASP.NET); comment forms are caught by their
// class tokens and their controls by tag.
// Class or id tokens of ads, comments, share bars, related-article lists and similar furniture.
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'ad',
      'ads',
      'adv',
      'advert\\w*',
      'ad[-_]\\w+',
      '\\w+[-_]ad',
      '\\w+[-_]ads',
      'adsbygoogle',
      'banner',
      'sponsor\\w*',
      'promo\\w*',
      'dable\\w*',
      'taboola\\w*',
      'outbrain\\w*',
      'comments?',
      'comment[-_]\\w+',
      'reply',
      'replies',
      'related\\w*',
      'related[-_]\\w+',
      'recommend\\w*',
      'most[-_]?(?:read|viewed|popular)',
      'popular\\w*',
      'share',
      'share[-_]\\w+',
      'social\\w*',
      'sns[-_]?\\w*',
      'newsletter\\w*',
      'subscribe\\w*',
      'breadcrumbs?',
      'byline\\w*',
      'copyright',
      'gnb',
      'lnb',
      'sitemap',
    ].join('|') +
    ')$',
  'i',
);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/**
 * Furniture named by one part of a compound token ("jp-relatedposts", "article-view-action", "js_like_count",
 * "full-gallery"): words that, alone between dashes or underscores, only ever name widgets around an article.
 * Deliberately narrower than FURNITURE: "share" or "ad" as a part also names wrappers of real text.
 */
const FURNITURE_PART =
  /(?:^|[-_])(?:related\w*|recommend\w*|navbox|gallery|slideshow|carousel|likes?|actions?|reactions?|upvotes?)(?:$|[-_])/i;

function furnitureToken(token: string): boolean {
  return FURNITURE.test(token) || FURNITURE_PART.test(token);
}

/** True when a class or id token names furniture (ads, comments, related news, share bars). */
export function isFurniture(el: Element): boolean {
  const id = el.getAttribute('id');
  if (id && furnitureToken(id)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  for (const token of cls.split(/\s+/)) if (token && furnitureToken(token)) return true;
  return false;
}

/** Hidden by markup alone (works without layout, e.g. in linkedom for the CLI). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return (
    style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i.test(style)
  );
}

/** Editable regions are the reader's own text: never annotate them. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/**
 * Whether extraction skips this element and its subtree. `win` is given only in a real browser, where computed
 * visibility is meaningful (checkVisibility catches display:none and visibility:hidden from stylesheets).
 */
export function isExcluded(el: Element, win: (Window & typeof globalThis) | null): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (isHiddenByMarkup(el) || isEditable(el) || isFurniture(el)) return true;
  if (win) {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function') {
      // display:contents has no box of its own, so checkVisibility is false although its children show.
      if (!check.call(el, { visibilityProperty: true }) && win.getComputedStyle(el).display !== 'contents')
        return true;
    } else {
      const cs = win.getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') return true;
    }
  }
  return false;
}
