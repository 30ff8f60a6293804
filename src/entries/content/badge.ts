// Badge reporting: the page's claim count goes to the background at most every COUNT_EVERY_MS while a long page is
// painted, at once when a pass ends, and again when the page comes back from the back/forward cache.
import type { ToBackground } from '../../shared/messages.js';

/** The badge is told at most this often while a long page is being painted (and once at the end). */
const COUNT_EVERY_MS = 250;
/** After a back/forward-cache restore, wait this long: the navigation's own badge reset must not overtake the count. */
const RESTORE_DELAY_MS = 300;

type Stats = { count: number; warn: number };

export function badgeReporter(
  win: Window,
  send: (msg: ToBackground) => void,
  signal: AbortSignal,
  current: () => Stats | null,
): (stats: Stats, final: boolean) => void {
  let timer = 0;
  let sentAt = 0;
  let latest: Stats | null = null;
  const sendNow = (s: Stats) => {
    sentAt = Date.now();
    latest = null;
    send({ type: 'bg:count', count: s.count, warn: s.warn });
  };
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  // A page restored from the back/forward cache had its badge cleared by the navigation: say it again (the
  // background no longer asks every tab on every load).
  win.addEventListener(
    'pageshow',
    (e) => {
      if (!(e as PageTransitionEvent).persisted) return;
      win.setTimeout(() => {
        const s = current();
        if (s && !signal.aborted) sendNow(s);
      }, RESTORE_DELAY_MS);
    },
    { signal },
  );
  return (stats, final) => {
    // A pass cut short by cs:disable must not set the badge again.
    if (signal.aborted) return;
    latest = { ...stats };
    if (final) {
      win.clearTimeout(timer);
      timer = 0;
      sendNow(latest);
      return;
    }
    if (timer) return;
    const due = Math.max(0, sentAt + COUNT_EVERY_MS - Date.now());
    timer = win.setTimeout(() => {
      timer = 0;
      if (!signal.aborted && latest) sendNow(latest);
    }, due);
  };
}
