// Update handover: one content script per page. A script left behind by an extension update or reload hears the new
// one start, finds its context dead and cleans up, so the reader never sees stale highlights beside the new ones.

/**
 * Dispatched on the document by every content script as it starts (content scripts share the DOM even across
 * worlds). A page dispatching it changes nothing: a live script ignores it.
 */
const HANDOVER = 'claimlens:handover';
const INSTANCE = Symbol.for('claimlens.content');

export interface Instance {
  destroy(): void;
  alive(): boolean;
}

type Slot<T> = Record<symbol, T | undefined>;

/** The live instance already on this page (in this world), if any; a dead one from before an update is destroyed. */
export function existingInstance<T extends Instance>(win: Window): T | null {
  const g = win as unknown as Slot<T>;
  const existing = g[INSTANCE];
  if (existing?.alive()) return existing;
  // An instance from before an update in this same world: its context is dead, so it goes first.
  existing?.destroy();
  return null;
}

/** Claims the page for `instance`, tells orphans in other worlds to go, and listens for a newer script's claim. */
export function takeOver<T extends Instance>(
  win: Window,
  doc: Document,
  instance: T,
  isContextValid: () => boolean,
  signal: AbortSignal,
): void {
  doc.dispatchEvent(new CustomEvent(HANDOVER));
  (win as unknown as Slot<T>)[INSTANCE] = instance;
  doc.addEventListener(
    HANDOVER,
    () => {
      if (!isContextValid()) instance.destroy();
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      const g = win as unknown as Slot<T>;
      if (g[INSTANCE] === instance) delete g[INSTANCE];
    },
    { once: true },
  );
}
