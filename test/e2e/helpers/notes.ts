// Helpers for the reader's-notes e2e tests: the card's controls by keyboard (its shadow root is closed; the pierced
// DOM tells the tab order), the notes in storage, the verdict highlights as the page sees them.
import type { Page } from 'puppeteer-core';
import { findAll, hasClass, pierceDocument, type TreeNode, textOf } from '../../../scripts/lib/card.mjs';
import type { BrowserKind } from '../../../scripts/lib/launch.mjs';
import { poll, sleep } from './context.js';

type Ext<T> = { browser?: T; chrome?: T };
type StorageApi = { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
type RuntimeApi = { runtime: { sendMessage(m: object): Promise<unknown> } };

export interface StoredNote {
  id: string;
  url: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  verdict: string | null;
  note: string;
  anchor?: { found: boolean };
}

/** Every note in storage.local (records under "notes:"), read from an extension page. */
export function storedNotes(control: Page): Promise<StoredNote[]> {
  return control.evaluate(async () => {
    const g = globalThis as unknown as Ext<StorageApi>;
    const all = await (g.browser ?? g.chrome)!.storage.local.get(null);
    return Object.entries(all).flatMap(([k, v]) =>
      k.startsWith('notes:')
        ? ((JSON.parse(typeof v === 'string' ? v : JSON.stringify(v)) as { notes: StoredNote[] }).notes ?? [])
        : [],
    );
  });
}

/** Everything in storage.local (to show an import changed nothing). */
export function storageSnapshot(control: Page): Promise<Record<string, unknown>> {
  return control.evaluate(async () => {
    const g = globalThis as unknown as Ext<StorageApi>;
    return (g.browser ?? g.chrome)!.storage.local.get(null);
  });
}

/** Saves a note through the background as My notes does (an extension page may send bg:notes-save). */
export function saveNote(control: Page, note: object): Promise<unknown> {
  return control.evaluate(async (n) => {
    const g = globalThis as unknown as Ext<RuntimeApi>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'bg:notes-save', note: n });
  }, note);
}

/** A minimal note on `exact` of the page at `url` (no context: it anchors on the quote's occurrence nearest 0). */
export function simpleNote(url: string, exact: string, verdict: string, note = ''): object {
  const now = new Date().toISOString();
  return {
    id: `e2e-${Math.random().toString(36).slice(2)}`,
    url,
    title: 'e2e',
    quote: { exact, prefix: '', suffix: '' },
    position: { start: 0, end: exact.length },
    claim: { kind: 'percent', value: Number.parseFloat(exact), unit: '%', sentence: '' },
    verdict,
    note,
    created: now,
    modified: now,
  };
}

/** Sizes of the verdict highlights as the page sees CSS.highlights. */
export function verdictHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    const out: Record<string, number> = {};
    if (reg)
      for (const [name, h] of reg)
        if (name.startsWith('claimlens-verdict-') && h.size > 0) out[name] = h.size;
    return out;
  });
}

/** The card's tree (null when no card is open). */
export async function cardTree(page: Page, kind: BrowserKind): Promise<TreeNode | null> {
  const doc = await pierceDocument(page, kind);
  return findAll(doc, (n) => hasClass(n, 'cl-card') && n.attrs.role === 'dialog')[0] ?? null;
}

const FOCUSABLE = (n: TreeNode) =>
  n.tag === 'button' || n.tag === 'textarea' || n.tag === 'input' || (n.tag === 'a' && 'href' in n.attrs);

/** Presses Tab from the card's dialog until `pred` names the focused control (tree order is the tab order). */
export async function tabTo(page: Page, kind: BrowserKind, pred: (n: TreeNode) => boolean): Promise<void> {
  const card = await cardTree(page, kind);
  if (!card) throw new Error('no card open');
  const order = findAll(card, FOCUSABLE);
  const at = order.findIndex(pred);
  if (at < 0) throw new Error('control not in the card');
  for (let i = 0; i <= at; i++) await page.keyboard.press('Tab');
}

/** The verdict buttons as the card shows them: { verdict, name, pressed }. */
export async function verdictButtons(
  page: Page,
  kind: BrowserKind,
): Promise<Array<{ verdict: string; name: string; pressed: string }>> {
  const card = await cardTree(page, kind);
  if (!card) return [];
  return findAll(card, (n) => hasClass(n, 'cl-verdict')).map((b) => ({
    verdict: b.attrs['data-verdict'] ?? '',
    // The accessible name: the text without the aria-hidden glyph.
    name: b.children
      .filter((c) => c.attrs['aria-hidden'] !== 'true')
      .map(textOf)
      .join('')
      .trim(),
    pressed: b.attrs['aria-pressed'] ?? '',
  }));
}

/** The note section's texts (label, counter hint, status line). */
export async function noteSection(
  page: Page,
  kind: BrowserKind,
): Promise<{ label: string; hint: string; status: string }> {
  const card = await cardTree(page, kind);
  const one = (cls: string) => {
    const n = card ? findAll(card, (m) => hasClass(m, cls))[0] : undefined;
    return n ? textOf(n).trim() : '';
  };
  return { label: one('cl-notes__label'), hint: one('cl-notes__hint'), status: one('cl-notes__status') };
}

/** Opens the card of a claim with focus in it, as the popup's list does (cs:open). */
export async function openCardFocused(control: Page, tabId: number, claimId: string): Promise<void> {
  await control.evaluate(
    async (id, c) => {
      const g = globalThis as unknown as Ext<{
        tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> };
      }>;
      await (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'cs:open', id: c }, { frameId: 0 });
    },
    tabId,
    claimId,
  );
}

export async function waitForVerdictHighlight(page: Page, verdict: string): Promise<Record<string, number>> {
  return poll(
    () => verdictHighlights(page),
    (h) => (h[`claimlens-verdict-${verdict}`] ?? 0) > 0,
    20000,
    `a ${verdict} highlight`,
  );
}

export { sleep };
