// The content script's shared state on one page (what its parts — messaging, pointer, cards, badge — work on), and
// the error containment every handler goes through.
import type { AnalyzeOptions } from '../../core/types.js';
import type { AnalyzerResult, Annotator } from '../../dom/annotator.js';
import type { ToBackground } from '../../shared/messages.js';
import type { CardHost } from '../../ui/card/host.js';
import type { CardUi } from '../../ui/card/index.js';
import type { PageNotes } from '../notes-content.js';
import type { ContentPlatform } from './platform.js';

export type Details = (
  text: string,
  opts: AnalyzeOptions,
  at: { start: number; end: number },
) => Promise<AnalyzerResult> | AnalyzerResult;

export interface Session {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly platform: ContentPlatform;
  readonly signal: AbortSignal;
  /** Asks for one claim in full (its card); null when the analyzer answers in full already (tests). */
  readonly details: Details | null;
  annotator: Annotator | null;
  card: CardHost | null;
  /** The card UI once card.js is loaded (the first card or hint on the page asks for it). */
  ui: CardUi | null;
  /** The load in flight or done; a failed load is forgotten so the next card tries again. */
  uiLoad: Promise<CardUi> | null;
  /** The reader's verdicts and notes on this page. */
  notes: PageNotes | null;
  /** The reader's "In perspective" option (settings.perspectives; absent means on). */
  showPerspectives: boolean;
  /** 'basic' once the reader asked to read a page in a language ClaimLens does not read yet. */
  reading?: 'basic';
  /** Reads the page again in basic mode; null until the page is being annotated. */
  readBasic: (() => Promise<void>) | null;
  /** True until the settings said whether this site is annotated (the popup shows "scanning…" meanwhile). */
  starting: boolean;
  /** The claim whose card was asked for last: a slower, earlier request must not open over it. */
  wanted: string | null;
  teardown(): void;
  /** Sends to the background; a dead extension context means we were reloaded: clean up, do not throw. */
  send(msg: ToBackground): void;
  /** Errors go to the background once each (never to the page's console). */
  report(where: string, error: unknown): void;
  /** Wraps a handler: contained errors, and a no-op (plus cleanup) once the extension context is gone. */
  guard<A extends unknown[], R>(where: string, fn: (...args: A) => R): (...args: A) => R | undefined;
}

export function createSession(doc: Document, platform: ContentPlatform, details: Details | null): Session {
  const ac = new AbortController();
  const reported = new Set<string>();
  const s: Session = {
    doc,
    win: doc.defaultView as Window & typeof globalThis,
    platform,
    signal: ac.signal,
    details,
    annotator: null,
    card: null,
    ui: null,
    uiLoad: null,
    notes: null,
    showPerspectives: true,
    readBasic: null,
    starting: true,
    wanted: null,
    teardown() {
      if (ac.signal.aborted) return;
      ac.abort();
      try {
        s.card?.destroy();
        s.notes?.destroy();
        s.annotator?.destroy();
      } finally {
        s.card = null;
        s.notes = null;
        s.annotator = null;
      }
    },
    send(msg) {
      if (!platform.isContextValid()) {
        s.teardown();
        return;
      }
      platform.sendToBackground(msg).catch((e: unknown) => {
        if (/context invalidated/i.test(String(e))) s.teardown();
      });
    },
    report(where, error) {
      const message = error instanceof Error ? error.message : String(error);
      const key = `${where}\u0000${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      s.send({ type: 'bg:error', where, message });
    },
    guard(where, fn) {
      return (...args) => {
        if (ac.signal.aborted) return undefined;
        if (!platform.isContextValid()) {
          s.teardown();
          return undefined;
        }
        try {
          return fn(...args);
        } catch (error) {
          s.report(where, error);
          return undefined;
        }
      };
    },
  };
  return s;
}
