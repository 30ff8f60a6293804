// Messaging: answers the popup's and background's messages (cs:list, cs:open, cs:step, cs:disable). The list is built
// in slices that yield (20,000 claims on a long page) from summaries cached per claim, and with `wait` it is sent once
// the pass is done, so the popup asks twice instead of polling.
import type { Claim } from '../../core/types.js';
import { mapSliced } from '../../dom/scheduler.js';
import type { ClaimSummary, ListReply, ToContent } from '../../shared/messages.js';
import { reveal, step } from './cards.js';
import type { Session } from './session.js';

const SNIPPET = 140;
/** The longest a `wait` list waits for a pass to end before answering with what it has. */
const WAIT_MS = 15_000;

function snippet(text: string, claim: Claim): string {
  const { start, end } = claim.sentence;
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length <= SNIPPET) return s;
  const at = Math.max(0, claim.start - start - 50);
  s = s.slice(at, at + SNIPPET);
  return `${at > 0 ? '…' : ''}${s}…`;
}

/** The popup's row for a claim, made once per claim (a claim's listed fields never change). */
const rows = new WeakMap<Claim, ClaimSummary>();

async function list(s: Session, wait: boolean, ready: Promise<void>): Promise<ListReply | undefined> {
  if (wait) {
    const timeout = new Promise<void>((resolve) => s.win.setTimeout(resolve, WAIT_MS));
    await Promise.race([ready.then(() => s.annotator?.idle()), timeout]);
  }
  const a = s.annotator;
  const claims = await mapSliced(
    a?.claims() ?? [],
    (c) => {
      let row = rows.get(c);
      if (!row) {
        row = {
          id: c.id,
          text: c.text,
          kind: c.kind,
          value: c.value,
          unit: c.unit,
          snippet: snippet(a!.get(c.id)?.text ?? '', c),
          caveatCount: c.caveats.length,
          warnCount: c.caveats.filter((v) => v.severity === 'warn').length,
          ...(c.status ? { status: c.status } : {}),
        };
        rows.set(c, row);
      }
      // The reader's verdict changes without the claim changing: never part of the cached row.
      const verdict = s.notes?.verdictOf(c.id);
      return verdict ? { ...row, verdict } : row;
    },
    { win: s.win, signal: s.signal },
  );
  if (!claims) return undefined;
  const unsupported = s.annotator?.unsupportedLang;
  return {
    url: s.win.location.href,
    claims,
    pending: s.starting || (s.annotator?.pending ?? false),
    ...(unsupported ? { language: { unsupported, basic: s.reading === 'basic' } } : {}),
  };
}

/** The message handler; `ready` resolves once the initial pass is done or skipped. */
export function messageHandler(s: Session, ready: Promise<void>): (msg: ToContent) => unknown {
  return (msg) => {
    switch (msg.type) {
      case 'cs:list':
        return list(s, msg.wait === true, ready);
      case 'cs:open':
        return { ok: reveal(s, msg.id, true) };
      case 'cs:step':
        return { ok: step(s, msg.direction) };
      case 'cs:disable':
        s.teardown();
        return { ok: true };
      case 'cs:read-basic':
        if (!s.readBasic) return { ok: false };
        // Not awaited: the popup's next cs:list sees the pass pending and waits for it.
        s.readBasic().catch((error: unknown) => s.report('read-basic', error));
        return { ok: true };
      default:
        return undefined;
    }
  };
}
