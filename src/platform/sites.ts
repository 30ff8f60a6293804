// Which pages ClaimLens can read, and whether a URL is on the built-in list (manifest match patterns). Pure.
import type { Unsupported } from '../shared/messages.js';

// Extensions may not script the browsers' own stores (Chrome Web Store, addons.mozilla.org).
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export interface PageInfo {
  origin: string | null;
  unsupported: Unsupported | null;
}

/** Classifies a tab URL: its web origin, or why no content script can run there. */
export function classifyUrl(url: string | null | undefined, fileAccess = false): PageInfo {
  if (!url) return { origin: null, unsupported: null };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { origin: null, unsupported: 'browser-page' };
  }
  if (parsed.protocol === 'file:') {
    if (/\.pdf$/i.test(parsed.pathname)) return { origin: null, unsupported: 'pdf' };
    return { origin: null, unsupported: fileAccess ? null : 'file' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { origin: null, unsupported: 'browser-page' };
  const host = parsed.hostname;
  if (
    STORE_HOSTS.includes(host) ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))
  ) {
    return { origin: parsed.origin, unsupported: 'store' };
  }
  // The browsers' PDF viewers are not web pages a content script can read.
  if (/\.pdf$/i.test(parsed.pathname)) return { origin: parsed.origin, unsupported: 'pdf' };
  return { origin: parsed.origin, unsupported: null };
}

/** Whether a URL matches a manifest match pattern of the forms used here ("*://*.host/*", "https://host/*", "*://*\/*"). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?|file):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(parsed.pathname + parsed.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function onList(patterns: readonly string[], url: string | null | undefined): boolean {
  return Boolean(url) && patterns.some((p) => matchesPattern(p, url as string));
}

/** The permission and registration pattern for one origin: "https://example.com/*". */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A stable registered-content-script id for an origin (ids may not contain every character). */
export function scriptIdFor(origin: string): string {
  return `site:${origin.replace(/[^a-zA-Z0-9.:-]/g, '_')}`;
}
