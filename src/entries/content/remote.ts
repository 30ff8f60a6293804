// The content script's analyzer: pieces of page text go to the background (bg:analyze) and come back as claims; a
// card asks for its one claim in full. The engine never runs on the page.
import type { AnalyzeOptions, Source } from '../../core/types.js';
import type { Analyzer, AnalyzerResult } from '../../dom/annotator.js';
import type { AnalyzedClaim, AnalyzeReply, ToBackground } from '../../shared/messages.js';
import type { ContentPlatform } from './platform.js';

/** Waits before asking again when the background did not answer (an MV3 service worker restarting). */
export const RETRY_MS = [100, 500];

/** Claims from a reply, their caveats' sources resolved (one shared object per source for the whole page). */
function fromWire(reply: AnalyzeReply, shared: Map<string, Source>): AnalyzerResult {
  const table = reply.sources.map((s) => {
    const key = `${s.url} ${s.title}`;
    const known = shared.get(key);
    if (known) return known;
    shared.set(key, s);
    return s;
  });
  const claims = reply.claims.map((c): AnalyzedClaim => {
    const claim = c as unknown as AnalyzedClaim;
    claim.caveats = c.caveats.map((v) => ({ ...v, sources: v.sources.flatMap((i) => table[i] ?? []) }));
    return claim;
  });
  return reply.unsupported
    ? { lang: reply.lang, claims, unsupported: reply.unsupported }
    : { lang: reply.lang, claims };
}

/** Sends to the background, retrying a lost reply twice; a dead extension context is not retried. */
export async function askBackground<T>(
  platform: ContentPlatform,
  msg: ToBackground,
  accept: (reply: unknown) => reply is T,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = await platform.sendToBackground(msg);
      if (accept(reply)) return reply;
      throw new Error(`the background sent no answer to ${msg.type}`);
    } catch (error) {
      const wait = RETRY_MS[attempt];
      if (wait === undefined || !platform.isContextValid()) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

const isReply = (reply: unknown): reply is AnalyzeReply =>
  Boolean(reply) &&
  Array.isArray((reply as AnalyzeReply).claims) &&
  Array.isArray((reply as AnalyzeReply).sources);

function request(text: string, opts: AnalyzeOptions): Extract<ToBackground, { type: 'bg:analyze' }> {
  return {
    type: 'bg:analyze',
    text,
    lang: opts.lang ?? 'auto',
    // The caveats' language: the content script's UI locale when given, else the background's own.
    ...(opts.uiLang === undefined ? {} : { uiLang: opts.uiLang }),
    ...(opts.publishedAt === undefined ? {} : { publishedAt: opts.publishedAt }),
    ...(opts.reading === 'basic' ? { reading: 'basic' as const } : {}),
  };
}

/**
 * The analyzer the content script paints with: one bg:analyze message per piece, answered with summaries (what
 * painting, the badge and the popup need).
 */
export function remoteAnalyzer(platform: ContentPlatform): Analyzer {
  const shared = new Map<string, Source>();
  return async (text, opts) =>
    fromWire(await askBackground(platform, { ...request(text, opts), summary: true }, isReply), shared);
}

/**
 * One claim in full for its card: the background answers with that claim (and the one it is compared with) from its
 * cached analysis of the piece, computing card facts for it alone.
 */
export function remoteDetails(
  platform: ContentPlatform,
): (text: string, opts: AnalyzeOptions, at: { start: number; end: number }) => Promise<AnalyzerResult> {
  const shared = new Map<string, Source>();
  return async (text, opts, at) =>
    fromWire(await askBackground(platform, { ...request(text, opts), claimAt: at }, isReply), shared);
}
