// Mounts the claim card on the page: a <claimlens-root> host with a CLOSED shadow root, placed next to the claim,
// focus moved in (when opened from the keyboard) and given back on close. Also hosts the small "explain" button
// offered on hover for claims inside links (whose click belongs to the link).
import { type ComponentChildren, render } from 'preact';
import { ClaimCard } from './claim-card.js';
import { NOTES_CSS } from './note-panel.js';
import { type Box, placeCard } from './position.js';
import { CARD_CSS } from './styles.js';
import type { CardModel, Translate } from './view-model.js';

export const HOST_TAG = 'claimlens-root';

export interface OpenOptions {
  /** Move focus into the card (keyboard paths); a mouse click leaves focus where it is. */
  focus?: boolean;
  /** The claim's current viewport rect; called again on scroll and resize so the card follows it. */
  anchor: () => Box | null;
  /** More sections at the card's end (the reader's verdict and note). */
  extra?: ComponentChildren;
}

interface Hint {
  id: string;
  anchor: () => Box | null;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private wrap: HTMLElement | null = null;
  private hintWrap: HTMLElement | null = null;
  private current: { model: CardModel; opts: OpenOptions; returnFocus: Element | null } | null = null;
  private hint: Hint | null = null;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly onClosed: (id: string) => void = () => {},
  ) {
    const win = doc.defaultView!;
    const follow = () => this.schedulePlace();
    // Capture: scrolls of any scroll container move the claim, not only the window's.
    win.addEventListener('scroll', follow, { passive: true, capture: true, signal: this.abort.signal });
    win.addEventListener('resize', follow, { passive: true, signal: this.abort.signal });
  }

  get openId(): string | null {
    return this.current?.model.id ?? null;
  }

  get hintId(): string | null {
    return this.hint?.id ?? null;
  }

  /** True when the event happened inside our UI (its path crosses our host). */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  open(model: CardModel, opts: OpenOptions): void {
    const previous = this.current;
    const returnFocus = previous ? previous.returnFocus : opts.focus ? this.doc.activeElement : null;
    this.hideHint();
    this.ensureHost();
    this.current = { model, opts, returnFocus };
    // A new key remounts the card so its "more" state starts collapsed for each claim.
    render(
      <ClaimCard key={model.id} model={model} t={this.t} onClose={() => this.close()}>
        {opts.extra}
      </ClaimCard>,
      this.wrap!,
    );
    this.place();
    if (opts.focus) this.dialog()?.focus({ preventScroll: true });
  }

  close(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    const hadFocus = this.shadow?.activeElement != null || this.doc.activeElement === this.host;
    if (this.wrap) render(null, this.wrap);
    this.releaseHost();
    const back = current.returnFocus as HTMLElement | null;
    if (hadFocus && back?.isConnected && typeof back.focus === 'function')
      back.focus({ preventScroll: true });
    this.onClosed(current.model.id);
  }

  /** A small button next to a claim inside a link: the link keeps its click, the button opens the card. */
  showHint(id: string, anchor: () => Box | null, onActivate: () => void): void {
    if (this.hint?.id === id || this.current?.model.id === id) return;
    this.ensureHost();
    this.hint = { id, anchor };
    const label = this.t('content_link_hint');
    render(
      <button type="button" class="cl-hint" aria-label={label} title={label} onClick={onActivate}>
        <span aria-hidden="true">ⓘ</span> {label}
      </button>,
      this.hintWrap!,
    );
    this.placeHint();
  }

  hideHint(): void {
    if (!this.hint) return;
    this.hint = null;
    if (this.hintWrap) render(null, this.hintWrap);
    this.releaseHost();
  }

  destroy(): void {
    this.hideHint();
    this.close();
    this.abort.abort();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
  }

  private dialog(): HTMLElement | null {
    return (this.shadow?.querySelector('.cl-card') as HTMLElement | null) ?? null;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(HOST_TAG);
    // Inline !important beats any page rule that matches our element (e.g. `* { display: none }`).
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('position', 'static', 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    // Two ways in, the same rules: a constructed sheet is immune to the page's CSP (style-src), which can block a
    // <style> element; the <style> covers engines where adopting a sheet made in the content script's world fails.
    try {
      const Sheet = (this.doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      if (Sheet && 'adoptedStyleSheets' in shadow) {
        const sheet = new Sheet();
        sheet.replaceSync(CARD_CSS + NOTES_CSS);
        shadow.adoptedStyleSheets = [sheet];
      }
    } catch {
      // The <style> below still styles the card.
    }
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS + NOTES_CSS;
    const wrap = this.doc.createElement('div');
    wrap.className = 'cl-wrap';
    const hintWrap = this.doc.createElement('div');
    hintWrap.className = 'cl-wrap';
    shadow.append(style, wrap, hintWrap);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.shadow = shadow;
    this.wrap = wrap;
    this.hintWrap = hintWrap;
  }

  /** Removes the host once neither the card nor the hint shows: no trace left on the page. */
  private releaseHost(): void {
    if (this.current || this.hint) return;
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.wrap = null;
    this.hintWrap = null;
  }

  private schedulePlace(): void {
    if ((!this.current && !this.hint) || this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
      this.placeHint();
    });
  }

  private viewport(): { width: number; height: number } {
    const win = this.doc.defaultView!;
    return {
      width: this.doc.documentElement.clientWidth || win.innerWidth,
      height: this.doc.documentElement.clientHeight || win.innerHeight,
    };
  }

  private place(): void {
    const card = this.dialog();
    const wrap = this.wrap;
    if (!this.current || !card || !wrap) return;
    const anchor = this.current.opts.anchor();
    if (!anchor) return;
    // Measure at the card's natural height (its stylesheet cap), then cap it to the room next to the claim.
    card.style.maxHeight = '';
    const rect = card.getBoundingClientRect();
    const p = placeCard(anchor, { width: rect.width, height: rect.height }, this.viewport());
    if (p.maxHeight !== undefined) card.style.maxHeight = `${p.maxHeight}px`;
    wrap.style.transform = `translate(${p.left}px, ${p.top}px)`;
    card.dataset.side = p.side;
  }

  /** The hint sits just above the claim (below when the claim is at the top edge), never over its text. */
  private placeHint(): void {
    const wrap = this.hintWrap;
    const button = wrap?.firstElementChild as HTMLElement | null;
    if (!this.hint || !wrap || !button) return;
    const anchor = this.hint.anchor();
    if (!anchor) return;
    const rect = button.getBoundingClientRect();
    const above = anchor.top - rect.height - 2;
    const top = above >= 0 ? above : anchor.bottom + 2;
    const left = Math.max(0, Math.min(anchor.left, this.viewport().width - rect.width - 4));
    wrap.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
