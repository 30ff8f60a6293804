// Content script: the reader's notes on this page — fetched from the background, re-anchored whenever claims arrive,
// painted per verdict, offered in the card, saved through the background. Composition only: anchoring is the core's,
// painting the DOM layer's, the panel the UI's.
import { type Anchored, anchorAll, describe, type Note, type Verdict } from '../core/notes/index.js';
import type { Claim } from '../core/types.js';
import type { Annotator } from '../dom/annotator.js';
import { VerdictMarks } from '../dom/verdict-marks.js';
import type { ToBackground } from '../shared/messages.js';
import type { NotesPageReply } from '../shared/notes-messages.js';
import type { NotePanelProps, NoteState } from '../ui/card/note-panel.js';
import type { Translate } from '../ui/card/view-model.js';

/** While a long page is being painted, notes are re-anchored at most this often (each run reads the whole text). */
const ANCHOR_EVERY_MS = 200;
/** A sentence kept with a note is cut to this (the store stays small with thousands of notes). */
const SENTENCE_CHARS = 300;

interface Placement {
  claimId: string;
  anchored: Anchored;
  /** The page's text there now (differs from the note's quote after a fuzzy match). */
  text: string;
}

export interface PageNotesOptions {
  doc: Document;
  annotator: Annotator;
  send: (msg: ToBackground) => Promise<unknown>;
  report: (where: string, error: unknown) => void;
  /** Brings a claim on screen and opens its card. */
  reveal: (claimId: string) => void;
  /** Repaints the open card (its verdict changed from elsewhere). */
  t: Translate;
  /** The UI language, asked when a card shows (reading the extension's messages is a synchronous IPC in Chrome). */
  lang: () => 'ko' | 'en';
}

/** A random id (UUID v4 form) from getRandomValues, which pages served over plain http have too. */
function newId(crypto: Crypto): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class PageNotes {
  private url: string | null = null;
  private notes: Note[] = [];
  private readonly placed = new Map<string, Placement>();
  private readonly byClaim = new Map<string, Note>();
  private open: string | null = null;
  private readonly marks: VerdictMarks;
  /** The pending timer, then frame, of the next anchoring run (0 for none). */
  private timer = 0;
  private frame = 0;
  private anchoredAt = 0;
  private lastReport = '';
  private readonly ready: Promise<void>;

  constructor(private readonly o: PageNotesOptions) {
    this.marks = new VerdictMarks(o.doc);
    this.ready = this.load().catch((e: unknown) => o.report('notes:load', e));
  }

  private async load(): Promise<void> {
    const doc = this.o.doc;
    const attr = (sel: string, name: string) => doc.querySelector(sel)?.getAttribute(name) ?? undefined;
    const reply = (await this.o.send({
      type: 'bg:notes-page',
      location: doc.defaultView?.location.href ?? doc.URL,
      ...(attr('link[rel~="canonical" i][href]', 'href')
        ? { canonical: attr('link[rel~="canonical" i][href]', 'href') }
        : {}),
      ...(attr('meta[property="og:url" i][content]', 'content')
        ? { ogUrl: attr('meta[property="og:url" i][content]', 'content') }
        : {}),
    })) as NotesPageReply | undefined;
    if (!reply || !Array.isArray(reply.notes)) return;
    this.url = reply.url;
    this.notes = reply.notes;
    this.open = reply.open;
  }

  /** The reader's verdict on a claim, if any (the popup's list). */
  verdictOf(claimId: string): Verdict | undefined {
    return this.byClaim.get(claimId)?.verdict ?? undefined;
  }

  /**
   * Claims arrived or changed: re-anchor at once when a pass is done (`final`); while a long page is still being
   * painted, at the next frame — at most every ANCHOR_EVERY_MS, and only while some note is still unplaced, since
   * each run reads the page's whole text.
   */
  onClaims(final: boolean): void {
    void this.ready.then(() => {
      if (this.notes.length === 0) return;
      const win = this.o.doc.defaultView;
      if (final) {
        this.anchor(true);
        return;
      }
      if (this.timer || this.frame || !win || this.placed.size >= this.notes.length) return;
      const wait = Math.max(0, this.anchoredAt + ANCHOR_EVERY_MS - Date.now());
      this.timer = win.setTimeout(() => {
        this.timer = 0;
        this.frame = win.requestAnimationFrame(() => {
          this.frame = 0;
          this.anchor(false);
        });
      }, wait);
    });
  }

  /** The page's text as one string (the annotator's texts in reading order) and each claim at its global offset. */
  private pageText(): { text: string; claims: Array<{ claim: Claim; start: number; end: number }> } {
    const parts = this.o.annotator.textParts();
    const texts: string[] = [];
    const claims: Array<{ claim: Claim; start: number; end: number }> = [];
    let offset = 0;
    for (const p of parts) {
      for (const c of p.claims) claims.push({ claim: c, start: offset + c.start, end: offset + c.end });
      texts.push(p.text);
      offset += p.text.length + 1;
    }
    return { text: texts.join('\n'), claims };
  }

  private anchor(final: boolean): void {
    this.anchoredAt = Date.now();
    try {
      const { text, claims } = this.pageText();
      const hits = anchorAll(text, this.notes);
      this.placed.clear();
      this.byClaim.clear();
      this.notes.forEach((note, i) => {
        const hit = hits[i];
        if (!hit) return;
        // The claim the quote falls on (the one overlapping it most); a quote on no claim is not placed.
        let best: { claim: Claim; overlap: number } | null = null;
        for (const c of claims) {
          const overlap = Math.min(c.end, hit.end) - Math.max(c.start, hit.start);
          if (overlap > 0 && (!best || overlap > best.overlap)) best = { claim: c.claim, overlap };
        }
        if (!best || this.byClaim.has(best.claim.id)) return;
        this.placed.set(note.id, {
          claimId: best.claim.id,
          anchored: hit,
          text: text.slice(hit.start, hit.end),
        });
        this.byClaim.set(best.claim.id, note);
      });
      this.paint();
      if (this.open) {
        const claimId = this.placed.get(this.open)?.claimId;
        if (claimId) {
          this.open = null;
          this.o.reveal(claimId);
        } else if (final) {
          this.open = null;
        }
      }
      if (final) this.reportPlacement();
    } catch (e) {
      this.o.report('notes:anchor', e);
    }
  }

  private paint(): void {
    const items = [];
    for (const [claimId, note] of this.byClaim)
      if (note.verdict)
        items.push({ id: claimId, verdict: note.verdict, range: () => this.o.annotator.rangeOf(claimId) });
    this.marks.set(items);
  }

  /** Tells the store which notes were placed on this visit (My notes lists the others as not found). */
  private reportPlacement(): void {
    if (!this.url) return;
    const found = this.notes.filter((n) => this.placed.has(n.id)).map((n) => n.id);
    const missing = this.notes.filter((n) => !this.placed.has(n.id)).map((n) => n.id);
    const key = `${found.join(',')}|${missing.join(',')}`;
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.o
      .send({ type: 'bg:notes-anchored', url: this.url, found, missing })
      .catch((e: unknown) => this.o.report('notes:anchored', e));
  }

  /** The card's verdict and note section for a claim; null on a page that cannot hold notes. */
  /** The note panel's data and save action for a claim's card (the card UI renders it). */
  panelFor(claimId: string): (NotePanelProps & { key: string }) | null {
    if (!this.url) return null;
    const note = this.byClaim.get(claimId);
    const placement = note ? this.placed.get(note.id) : undefined;
    const changed =
      note && placement && placement.text.replace(/\s+/g, '') !== note.quote.exact.replace(/\s+/g, '');
    return {
      key: `${claimId}:${note?.id ?? 'new'}`,
      claimId,
      t: this.o.t,
      lang: this.o.lang(),
      verdict: note?.verdict ?? null,
      note: note?.note ?? '',
      modified: note?.modified ?? null,
      changedFrom: changed ? note.quote.exact : null,
      onSave: (state) => this.save(claimId, state),
    };
  }

  private async save(claimId: string, state: NoteState): Promise<string> {
    const url = this.url;
    if (!url) throw new Error('this page cannot hold notes');
    const now = new Date().toISOString();
    let note = this.byClaim.get(claimId);
    if (note) {
      note = { ...note, verdict: state.verdict, note: state.note, modified: now };
    } else {
      const entry = this.o.annotator.get(claimId);
      const { text, claims } = this.pageText();
      const at = claims.find((c) => c.claim.id === claimId);
      if (!entry || !at) throw new Error('the claim left the page');
      const c = entry.claim;
      const sentence = entry.text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim();
      const win = this.o.doc.defaultView as (Window & typeof globalThis) | null;
      note = {
        id: newId(win?.crypto ?? globalThis.crypto),
        url,
        title: this.o.doc.title.replace(/\s+/g, ' ').trim().slice(0, 300),
        ...describe(text, at.start, at.end),
        claim: { kind: c.kind, value: c.value, unit: c.unit, sentence: sentence.slice(0, SENTENCE_CHARS) },
        verdict: state.verdict,
        note: state.note,
        created: now,
        modified: now,
      };
      this.placed.set(note.id, {
        claimId,
        anchored: { start: at.start, end: at.end, method: 'quote' },
        text: note.quote.exact,
      });
    }
    // Kept here at once: a keystroke right after a verdict press must edit this note, not start another.
    const empty = note.verdict === null && note.note.trim() === '';
    const id = note.id;
    this.notes = this.notes.filter((n) => n.id !== id);
    if (empty) {
      this.byClaim.delete(claimId);
      this.placed.delete(id);
    } else {
      this.notes.push(note);
      this.byClaim.set(claimId, note);
    }
    this.paint();
    // A note with neither a verdict nor text is no note: it is deleted (the store refuses to save an empty one).
    await this.o.send(empty ? { type: 'bg:notes-delete', url, id } : { type: 'bg:notes-save', note });
    return now;
  }

  destroy(): void {
    if (this.timer) this.o.doc.defaultView?.clearTimeout(this.timer);
    if (this.frame) this.o.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.marks.destroy();
  }
}
