// The page a note belongs to: its canonical URL (canonical link, og:url, else the address) without tracking
// parameters or fragment, and the key that maps mobile/AMP/www variants of one article to the same notes.
import { MAX_URL } from './types.js';

// The WHATWG URL parser exists wherever this runs (browsers, workers, Node); the core's ES-only lib does not declare it.
interface ParsedUrl {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  href: string;
  readonly searchParams: {
    keys(): IterableIterator<string>;
    delete(name: string): void;
    sort(): void;
  };
}
declare const URL: new (input: string, base?: string) => ParsedUrl;

/** Parameters that only say where a reader came from (analytics and ad click ids), never which article it is. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
  'ref_src',
  'ref_url',
  'cmpid',
  'ncid',
  'spm',
  'amp',
  'outputtype',
]);
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function parse(raw: string | null | undefined, base?: string): ParsedUrl | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL) return null;
  try {
    const url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The host without the prefixes that mark a mobile, AMP or www variant of the same site. */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^(?:(?:www|m|mobile|amp)\.)+/, '');
}

/** Results of cleanUrl by input: thousands of stored notes share a few hundred page addresses. */
const cleaned = new Map<string, string | null>();
const CLEANED_MAX = 5000;

/** A URL without tracking parameters and fragment; AMP path markers removed. Null for non-web URLs. */
export function cleanUrl(raw: string | null | undefined, base?: string): string | null {
  if (base !== undefined || typeof raw !== 'string') return clean(raw, base);
  const known = cleaned.get(raw);
  if (known !== undefined) return known;
  const out = clean(raw);
  if (cleaned.size >= CLEANED_MAX) cleaned.clear();
  cleaned.set(raw, out);
  return out;
}

function clean(raw: string | null | undefined, base?: string): string | null {
  const url = parse(raw, base);
  if (!url) return null;
  for (const name of [...url.searchParams.keys()]) if (isTracking(name)) url.searchParams.delete(name);
  url.hash = '';
  // AMP variants put a marker in the path: /amp/…, …/amp, …/amp.html, ….amp.html.
  url.pathname = url.pathname
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.html?)$/i, '$1');
  const href = url.href.replace(/\?$/, '');
  return href.length <= MAX_URL ? href : null;
}

/** Where the page says its canonical address is; `location` is the address the browser shows. */
export interface PageAddress {
  location: string;
  canonical?: string | null;
  ogUrl?: string | null;
}

/**
 * The article's canonical URL: the canonical link, else og:url, else the location — each cleaned. A canonical that
 * points to another site is ignored: a page must not be able to claim another site's notes.
 */
export function canonicalUrl(page: PageAddress): string | null {
  const here = parse(page.location);
  if (!here) return null;
  const site = siteOf(here.hostname);
  for (const candidate of [page.canonical, page.ogUrl]) {
    const url = parse(candidate, here.href);
    if (!url) continue;
    const other = siteOf(url.hostname);
    if (other === site || other.endsWith(`.${site}`) || site.endsWith(`.${other}`)) return cleanUrl(url.href);
  }
  return cleanUrl(here.href);
}

/**
 * The storage key of a page's notes: the canonical URL with scheme, www/m/amp host prefixes, default port, trailing
 * slash and parameter order ironed out, so every variant of one article finds the same notes.
 */
export function pageKey(canonical: string): string | null {
  const url = parse(cleanUrl(canonical));
  if (!url) return null;
  url.searchParams.sort();
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  const port = url.port ? `:${url.port}` : '';
  return `${siteOf(url.hostname)}${port}${path}${url.search}`;
}
