// Paints the reader's verdicts on the page: one CSS Custom Highlight per verdict (colours in content.css), and a
// small glyph beside each claim with a verdict, drawn in our own closed shadow root (the page's DOM is not touched)
// so the verdict shows by shape too and stays visible in forced-colors (high-contrast) mode, where highlight colours
// are overridden.
import { VERDICT_GLYPH, VERDICTS, type Verdict } from '../core/notes/types.js';

export const VERDICT_HIGHLIGHT = 'claimlens-verdict-';

export interface VerdictItem {
  id: string;
  verdict: Verdict;
  /** The claim's Range now, or null when its text is gone. */
  range: () => Range | null;
}

interface Registry {
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
}
interface HighlightLike {
  add(r: Range): unknown;
  clear(): void;
  priority: number;
}
type HighlightCtor = new () => HighlightLike;

const MARKS_CSS = `
:host { all: initial; }
.m { position: fixed; left: 0; top: 0; z-index: 2147483646; pointer-events: none; }
.g {
  position: absolute; font: 700 11px/14px system-ui, sans-serif; min-width: 14px; height: 14px; text-align: center;
  border-radius: 7px; padding: 0 2px; box-sizing: border-box; color: #fff; box-shadow: 0 0 0 1px #fff;
}
.g[data-verdict="checked"] { background: #15803d; }
.g[data-verdict="disputed"] { background: #b91c1c; }
.g[data-verdict="misleading"] { background: #c2410c; }
.g[data-verdict="needs-source"] { background: #4338ca; }
@media (forced-colors: active) {
  .g { forced-color-adjust: none; background: Canvas !important; color: CanvasText; border: 1px solid CanvasText; box-shadow: none; }
}
`;

export class VerdictMarks {
  private readonly highlights = new Map<Verdict, HighlightLike>();
  private registry: Registry | null = null;
  private items: VerdictItem[] = [];
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const w = win as unknown as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor } | null;
    if (w?.CSS?.highlights && typeof w.Highlight === 'function') {
      this.registry = w.CSS.highlights;
      for (const v of VERDICTS) {
        const h = new w.Highlight();
        // Over the kind tint (1), beside the caveat underline (2, which sets only the underline), under the open claim.
        h.priority = 2;
        this.highlights.set(v, h);
        this.registry.set(VERDICT_HIGHLIGHT + v, h);
      }
    }
    const follow = () => this.schedule();
    win?.addEventListener('scroll', follow, { passive: true, capture: true, signal: this.abort.signal });
    win?.addEventListener('resize', follow, { passive: true, signal: this.abort.signal });
  }

  /** The claims with a verdict now (replaces the previous set). */
  set(items: VerdictItem[]): void {
    this.items = items;
    for (const h of this.highlights.values()) h.clear();
    for (const item of items) {
      const range = item.range();
      if (range) this.highlights.get(item.verdict)?.add(range);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Glyphs at the end of each claim on screen (at most a few dozen: only claims the reader judged). */
  private place(): void {
    if (this.items.length === 0) {
      this.release();
      return;
    }
    this.ensureHost();
    const layer = this.layer!;
    const win = this.doc.defaultView!;
    const vh = win.innerHeight;
    const glyphs: HTMLElement[] = [];
    for (const item of this.items) {
      const rects = item.range()?.getClientRects();
      const last = rects?.[rects.length - 1];
      if (!last || last.bottom < 0 || last.top > vh) continue;
      const g = this.doc.createElement('span');
      g.className = 'g';
      g.dataset.verdict = item.verdict;
      g.dataset.claimId = item.id;
      g.textContent = VERDICT_GLYPH[item.verdict];
      g.style.transform = `translate(${Math.round(last.right)}px, ${Math.round(last.top - 9)}px)`;
      glyphs.push(g);
    }
    layer.replaceChildren(...glyphs);
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    // Our own tag (skipped by extraction and the page observer); closed shadow root, hidden from assistive tech:
    // the verdict is read out by the card's pressed button.
    const host = this.doc.createElement('claimlens-root');
    host.style.setProperty('all', 'initial', 'important');
    host.setAttribute('aria-hidden', 'true');
    host.dataset.layer = 'verdicts';
    const shadow = host.attachShadow({ mode: 'closed' });
    // As the card does: a constructed sheet is immune to the page's CSP (style-src); the <style> covers the rest.
    try {
      const Sheet = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      if (Sheet && 'adoptedStyleSheets' in shadow) {
        const sheet = new Sheet();
        sheet.replaceSync(MARKS_CSS);
        shadow.adoptedStyleSheets = [sheet];
      }
    } catch {
      // The <style> below still styles the marks.
    }
    const style = this.doc.createElement('style');
    style.textContent = MARKS_CSS;
    const layer = this.doc.createElement('div');
    layer.className = 'm';
    shadow.append(style, layer);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.layer = layer;
  }

  private release(): void {
    this.host?.remove();
    this.host = null;
    this.layer = null;
  }

  destroy(): void {
    this.abort.abort();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.items = [];
    this.release();
    for (const [v, h] of this.highlights) {
      h.clear();
      if (this.registry?.get(VERDICT_HIGHLIGHT + v) === h) this.registry.delete(VERDICT_HIGHLIGHT + v);
    }
  }
}
