// Content script: composes extraction, analysis, painting, hit-testing and the claim card on a news page. Its parts
// live in ./content/: messaging (popup and background), pointer (click and hover), cards, badge, handover (updates),
// remote (the background's engine), session (shared state and error containment).
//
// The engine does not run here: text goes to the background (bg:analyze, the extension's own service worker or
// event page, so no page text leaves the browser), which returns claims with what their cards need precomputed.
import { type Analyzer, Annotator, firstScreens } from '../dom/annotator.js';
import { findArticleRoot } from '../dom/article-root.js';
import { findPublishedAt } from '../dom/published-at.js';
import { deadlineIn, yieldTo } from '../dom/scheduler.js';
import type { Settings } from '../shared/messages.js';
import { badgeReporter } from './content/badge.js';
import { reveal } from './content/cards.js';
import { existingInstance, takeOver } from './content/handover.js';
import { messageHandler } from './content/messaging.js';
import { type ContentPlatform, realPlatform } from './content/platform.js';
import { attachPointer } from './content/pointer.js';
import { askBackground, remoteAnalyzer, remoteDetails } from './content/remote.js';
import { createSession, type Session } from './content/session.js';
import { PageNotes } from './notes-content.js';

export type { ContentPlatform } from './content/platform.js';

export interface ContentInstance {
  /** Removes highlights, the card, listeners and observers; the page is as before. */
  destroy(): void;
  /** Resolves when the initial pass is done (or was skipped). */
  ready: Promise<void>;
  /** False once torn down or once its extension context is gone (the extension was updated or reloaded). */
  alive(): boolean;
}

/** Characters per bg:analyze message: a few ms of engine time each, and replies small enough to paint in slices. */
const MESSAGE_CHARS = 16_000;
/** How long the content script's first task may spend reading the article's first screens before it gives up. */
const HEAD_SLICE_MS = 8;
/** Messages in flight: the background analyzes the next piece while the page paints the last one. */
const IN_FLIGHT = 2;

const isSettings = (reply: unknown): reply is Settings =>
  Boolean(reply) && Array.isArray((reply as Settings).disabledOrigins);

/**
 * The settings, or null when they could not be had: then the page is not annotated (a site the reader switched off
 * must stay off, whatever went wrong). A lost reply is retried (a service worker restarting).
 */
async function loadSettings(s: Session): Promise<Settings | null> {
  try {
    return await askBackground(s.platform, { type: 'bg:get-settings' }, isSettings);
  } catch (error) {
    if (/context invalidated/i.test(String(error)) || !s.platform.isContextValid()) s.teardown();
    else s.report('settings', error);
    return null;
  }
}

/**
 * Starts ClaimLens on `doc`. The analyzer and platform are parameters so tests can run the real composition with a
 * fake analyzer and no extension around it. A second call on the same page returns the first instance.
 */
export function startContent(
  doc: Document = document,
  analyzer?: Analyzer,
  platform: ContentPlatform = realPlatform,
): ContentInstance {
  const win = doc.defaultView as Window & typeof globalThis;
  const existing = existingInstance<ContentInstance>(win);
  if (existing) return existing;

  const analyze = analyzer ?? remoteAnalyzer(platform);
  // Only summaries come from the background in bulk; an injected analyzer (tests) answers in full at once.
  const s = createSession(doc, platform, analyzer ? null : remoteDetails(platform));
  let publishedAt: string | undefined;
  /** Requests sent before the settings came back, by text: the annotator's first piece is one of them. */
  const early = new Map<string, ReturnType<Analyzer>>();
  const headFirst: Analyzer = (text, opts) => {
    const sent = early.get(text);
    early.delete(text);
    if (
      sent &&
      (opts.lang ?? 'auto') === 'auto' &&
      opts.uiLang === undefined &&
      opts.publishedAt === publishedAt
    )
      return sent;
    return analyze(text, opts);
  };
  const reportCount = badgeReporter(win, s.send, s.signal, () => s.annotator?.stats() ?? null);

  let markReady: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const run = async (): Promise<void> => {
    // Listen first: the popup gets an answer (an empty list) even on a switched-off site.
    const handle = messageHandler(s, started);
    const unsubscribe = platform.onContentMessage((msg) => s.guard(`message:${msg.type}`, handle)(msg));
    s.signal.addEventListener('abort', unsubscribe, { once: true });
    // The settings request leaves in this task; the article's first screens are read in the next one (the script's
    // own evaluation stays a short task on a 2 MB page) and go to the engine while the settings are on their way, so
    // a page waits for one round trip, not two. Nothing is painted (no highlighter even exists) until the settings
    // say this site is on; on a switched-off site the answer is dropped unused.
    const settingsReply = loadSettings(s);
    let root: Element | undefined;
    if (!analyzer) {
      await yieldTo(win, 'visible');
      if (s.signal.aborted) return;
      publishedAt = findPublishedAt(doc);
      root = findArticleRoot(doc);
      // At most one short slice: a page whose first block is huge is left to the annotator's sliced reading.
      // Sent only when it fits in one message: then it is exactly the annotator's first piece.
      const text = firstScreens(root, deadlineIn(HEAD_SLICE_MS));
      if (text?.trim() && text.length <= MESSAGE_CHARS) {
        const sent = analyze(text, { lang: 'auto', publishedAt });
        // Handled here too: a request dropped unused (a switched-off site) must not surface as an unhandled error.
        Promise.resolve(sent).catch(() => undefined);
        early.set(text, sent);
      }
    } else {
      publishedAt = findPublishedAt(doc);
    }
    const settings = await settingsReply;
    s.starting = false;
    s.showPerspectives = settings?.perspectives !== false;
    if (!settings || s.signal.aborted || settings.disabledOrigins.includes(win.location.origin)) {
      early.clear();
      return;
    }
    attachPointer(s);
    const annotate = async (reading?: 'basic'): Promise<void> => {
      const annotator = new Annotator({
        doc,
        analyze: headFirst,
        // Caveats in the language the card's own labels are shown in, read from those very strings: the background
        // reads them from the same bundle (content_ui_lang) when the request names none; an injected analyzer
        // (tests) is told here.
        uiLang: analyzer ? (platform.t('content_ui_lang') === 'ko' ? 'ko' : 'en') : undefined,
        wholePage: settings.wholePage,
        root,
        publishedAt,
        signal: s.signal,
        onPass: (stats, final) => {
          reportCount(stats, final);
          s.notes?.onClaims(final);
        },
        onError: s.report,
        chunkChars: MESSAGE_CHARS,
        concurrency: IN_FLIGHT,
        ...(reading ? { reading } : {}),
      });
      s.annotator = annotator;
      s.notes = new PageNotes({
        doc,
        annotator,
        send: (msg) => platform.sendToBackground(msg),
        report: s.report,
        reveal: (id) => reveal(s, id, true),
        t: platform.t,
        lang: () => (platform.t('content_ui_lang') === 'ko' ? 'ko' : 'en'),
      });
      try {
        await annotator.start();
      } catch (error) {
        s.report('start', error);
      } finally {
        // An early answer the annotator did not ask for (the whole page was wanted, or the page changed) is dropped.
        early.clear();
      }
    };
    // The popup's "read it anyway" on a page in a language ClaimLens does not read yet: read it again, from the start,
    // for digits with a currency or % only (the first reading found nothing and kept nothing).
    s.readBasic = async () => {
      if (s.reading === 'basic') return;
      s.reading = 'basic';
      s.card?.close();
      s.notes?.destroy();
      s.annotator?.destroy();
      await annotate('basic');
    };
    await annotate();
  };

  const instance: ContentInstance = {
    destroy: () => s.teardown(),
    alive: () => !s.signal.aborted && platform.isContextValid(),
    ready: started,
  };
  takeOver(win, doc, instance, () => platform.isContextValid(), s.signal);
  run()
    .catch((error: unknown) => s.report('start', error))
    .finally(markReady);
  return instance;
}

// Runs when injected as the extension's content script (the build bundles this file as content.js).
if (typeof document !== 'undefined' && realPlatform.isContextValid()) startContent();
