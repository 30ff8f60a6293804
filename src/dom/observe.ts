// Watches a page for text that appears or changes after load, without doing work inside the observer callback:
// records are queued and reduced (added roots, removals, edited text) in a later, time-boxed batch.
import { MARK_TAG, OWN_DATA, OWN_NODES } from './wrap-marks.js';

export interface MutationBatch {
  /** Added subtrees still in the document, none inside another. */
  added: Node[];
  /** Text nodes whose data changed. */
  changedText: Text[];
  /** Something was removed: claims must be checked against the live DOM. */
  removed: boolean;
  /** The parents nodes were removed from (to skip the check when it happened far from any claim). */
  removedFrom: Node[];
  /**
   * A huge batch (a re-render, a feed loading hundreds of items): not reduced node by node; every claim is checked
   * against the page and the article root is read once more (text already read is skipped).
   */
  reread?: boolean;
}

/** Records beyond which a batch is not reduced but re-read as a whole (reducing walks each added node's ancestors). */
export const HUGE_BATCH = 2000;

/** A huge batch: only edited text is picked out (one cheap look per record); the rest is a re-read. */
export function rereadBatch(records: readonly MutationRecord[], target: Node): MutationBatch {
  const changed = new Set<Text>();
  for (const r of records) {
    if (r.type !== 'characterData') continue;
    const t = r.target as Text;
    if (t.nodeType === 3 && t.isConnected && !isOwn(t) && OWN_DATA.get(t) !== t.data) changed.add(t);
  }
  return { added: [], changedText: [...changed], removed: true, removedFrom: [target], reread: true };
}

const OWN = new Set([MARK_TAG, 'claimlens-root']);

function isOwn(node: Node): boolean {
  if (OWN_NODES.has(node)) return true;
  if (node.nodeType === 1) return OWN.has((node as Element).localName);
  return (
    node.nodeType === 3 && node.parentNode?.nodeType === 1 && OWN.has((node.parentNode as Element).localName)
  );
}

/** Reduces mutation records to what annotation needs (pure; the unit-tested core of observation). */
export function reduceRecords(records: readonly MutationRecord[]): MutationBatch {
  const added = new Set<Node>();
  const changed = new Set<Text>();
  let removed = false;
  const removedFrom = new Set<Node>();
  for (const r of records) {
    if (r.type === 'characterData') {
      const t = r.target as Text;
      // A split or merge of ours leaves exactly the data we recorded: not an edit by the page.
      if (t.nodeType === 3 && !isOwn(t) && OWN_DATA.get(t) !== t.data) changed.add(t);
      continue;
    }
    if (r.type !== 'childList') continue;
    if (r.removedNodes.length > 0) {
      for (const n of Array.from(r.removedNodes)) {
        if (isOwn(n)) continue;
        removed = true;
        removedFrom.add(r.target);
      }
    }
    for (const n of Array.from(r.addedNodes)) {
      if (isOwn(n)) continue;
      if (n.nodeType === 1 || (n.nodeType === 3 && (n as Text).data.trim() !== '')) added.add(n);
    }
  }
  // Keep the outermost connected roots only: a subtree is extracted once.
  const roots: Node[] = [];
  for (const n of added) {
    if (!n.isConnected) continue;
    let covered = false;
    for (let p = n.parentNode; p; p = p.parentNode) {
      if (added.has(p)) {
        covered = true;
        break;
      }
    }
    if (!covered) roots.push(n);
  }
  const changedText = Array.from(changed).filter((t) => t.isConnected && !added.has(t));
  return { added: roots, changedText, removed, removedFrom: Array.from(removedFrom) };
}

export interface ObserverOptions {
  /** Handles one reduced batch; may itself be time-sliced (the next batch waits for it). */
  onBatch: (batch: MutationBatch) => void | Promise<void>;
  signal: AbortSignal;
  /** Defers the batch (default: idle time or a timeout), so bursts of mutations coalesce. */
  defer?: (run: () => void) => void;
}

/** MutationObserver whose callback only queues records; the batch runs later, one at a time. */
export class PageObserver {
  private queue: MutationRecord[] = [];
  private scheduled = false;
  private running = false;
  private readonly mo: MutationObserver;

  constructor(
    readonly target: Node,
    private readonly opts: ObserverOptions,
    win: Window & typeof globalThis = globalThis.window,
  ) {
    this.mo = new win.MutationObserver((records) => {
      // No work here: queue and schedule. Pages like infinite feeds fire this thousands of times.
      for (const r of records) this.queue.push(r);
      this.schedule();
    });
    this.mo.observe(target, { childList: true, subtree: true, characterData: true });
    opts.signal.addEventListener('abort', () => this.mo.disconnect(), { once: true });
  }

  private schedule(): void {
    if (this.scheduled || this.opts.signal.aborted) return;
    this.scheduled = true;
    const defer =
      this.opts.defer ??
      ((run: () => void) => {
        const w = globalThis as unknown as { requestIdleCallback?: (cb: () => void, o: object) => void };
        if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(run, { timeout: 200 });
        else setTimeout(run, 16);
      });
    defer(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    // A batch still running picks the queue up when it ends (see finally below).
    if (this.running || this.opts.signal.aborted) return;
    const records = this.queue;
    this.queue = [];
    if (records.length === 0) return;
    this.running = true;
    try {
      const batch = records.length > HUGE_BATCH ? rereadBatch(records, this.target) : reduceRecords(records);
      await this.opts.onBatch(batch);
    } finally {
      this.running = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
