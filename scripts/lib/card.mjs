// Reads ClaimLens's card out of its closed shadow root the way a test driver may: Chromium CDP DOM pierce,
// Firefox WebDriver BiDi includeShadowTree — no test hook in the product.

/** A plain tree: { tag, attrs, children, text } (text only on text nodes, tag '#text'). */
function fromCdp(node) {
  if (node.nodeType === 3) return { tag: '#text', attrs: {}, children: [], text: node.nodeValue ?? '' };
  const attrs = {};
  const a = node.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) attrs[a[i]] = a[i + 1];
  const kids = [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  if (node.contentDocument) kids.push(node.contentDocument);
  return {
    tag: (node.localName || node.nodeName || '').toLowerCase(),
    attrs,
    children: kids.map(fromCdp),
    text: '',
  };
}

function fromBidi(remote) {
  const v = remote?.value ?? {};
  if (v.nodeType === 3) return { tag: '#text', attrs: {}, children: [], text: v.nodeValue ?? '' };
  const kids = [];
  if (v.shadowRoot) kids.push(v.shadowRoot);
  for (const c of v.children ?? []) kids.push(c);
  return {
    tag: (v.localName ?? '#root').toLowerCase(),
    attrs: v.attributes ?? {},
    children: kids.map(fromBidi),
    text: '',
  };
}

/** The page's DOM including closed shadow roots, as a plain tree. */
export async function pierceDocument(page, kind) {
  if (kind === 'chromium') {
    const session = await page.createCDPSession();
    try {
      const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
      return fromCdp(root);
    } finally {
      await session.detach().catch(() => undefined);
    }
  }
  const connection = page.browser().connection;
  const context = page.mainFrame()._id;
  const reply = await connection.send('script.evaluate', {
    expression: 'document.documentElement',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 60, includeShadowTree: 'all' },
  });
  const result = reply.result ?? reply;
  if (result.type === 'exception')
    throw new Error(`BiDi evaluate failed: ${JSON.stringify(result.exceptionDetails)}`);
  return fromBidi(result.result);
}

export function findAll(node, pred, out = []) {
  if (pred(node)) out.push(node);
  for (const c of node.children) findAll(c, pred, out);
  return out;
}

export function hasClass(node, cls) {
  return (node.attrs.class ?? '').split(/\s+/).includes(cls);
}

export function textOf(node) {
  if (node.tag === '#text') return node.text;
  if (node.tag === 'style' || node.tag === 'script') return '';
  return node.children.map(textOf).join('');
}

/**
 * The open card, read from the pierced DOM: { claimId, label, claim, value, conversion, caveats: [{severity, rule, text}],
 * text } or null when no card is open.
 */
export async function readCard(page, kind) {
  const doc = await pierceDocument(page, kind);
  const hosts = findAll(doc, (n) => n.tag === 'claimlens-root');
  for (const host of hosts) {
    const card = findAll(host, (n) => hasClass(n, 'cl-card') && n.attrs.role === 'dialog')[0];
    if (!card) continue;
    const one = (cls) => {
      const n = findAll(card, (m) => hasClass(m, cls))[0];
      return n ? textOf(n).trim() : null;
    };
    return {
      claimId: card.attrs['data-claim-id'] ?? null,
      label: card.attrs['aria-label'] ?? null,
      claim: one('cl-card__claim'),
      value: one('cl-card__value'),
      conversion: one('cl-card__conversion'),
      caveats: findAll(card, (m) => hasClass(m, 'cl-caveat')).map((c) => ({
        severity: c.attrs['data-severity'] ?? null,
        rule: c.attrs['data-rule'] ?? null,
        text: textOf(c).trim(),
      })),
      text: textOf(card).replace(/\s+/g, ' ').trim(),
    };
  }
  return null;
}

/** Polls readCard until pred(card) holds (default: any card), or throws after timeout ms. */
export async function waitForCard(page, kind, pred = () => true, timeout = 10000) {
  const until = Date.now() + timeout;
  let last = null;
  while (Date.now() < until) {
    last = await readCard(page, kind);
    if (last && pred(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`card not found in time; last seen: ${JSON.stringify(last)}`);
}
