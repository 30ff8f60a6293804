// Mounts the claim card on the page: a <claimlens-root> host with a CLOSED shadow root, placed next to the claim,
// focus moved in (when opened from the keyboard) and given back on close.
import { render } from 'preact';
import { ClaimCard } from './claim-card.js';
import type { CardModel, Translate } from './model.js';
import { type Box, placeCard } from './position.js';
import { CARD_CSS } from './styles.js';

export const HOST_TAG = 'claimlens-root';

export interface OpenOptions {
  /** Move focus into the card (keyboard paths); a mouse click leaves focus where it is. */
  focus?: boolean;
  /** The claim's current viewport rect; called again on scroll and resize so the card follows it. */
  anchor: () => Box | null;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private wrap: HTMLElement | null = null;
  private current: { model: CardModel; opts: OpenOptions; returnFocus: Element | null } | null = null;
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

  /** True when the event happened inside the card (its path crosses our host). */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  open(model: CardModel, opts: OpenOptions): void {
    const previous = this.current;
    const returnFocus = previous ? previous.returnFocus : opts.focus ? this.doc.activeElement : null;
    this.ensureHost();
    this.current = { model, opts, returnFocus };
    // A new key remounts the card so its "more" state starts collapsed for each claim.
    render(<ClaimCard key={model.id} model={model} t={this.t} onClose={() => this.close()} />, this.wrap!);
    this.place();
    if (opts.focus) this.dialog()?.focus({ preventScroll: true });
  }

  close(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    const hadFocus = this.shadow?.activeElement != null || this.doc.activeElement === this.host;
    if (this.wrap) render(null, this.wrap);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.wrap = null;
    const back = current.returnFocus as HTMLElement | null;
    if (hadFocus && back?.isConnected && typeof back.focus === 'function')
      back.focus({ preventScroll: true });
    this.onClosed(current.model.id);
  }

  destroy(): void {
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
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const wrap = this.doc.createElement('div');
    wrap.className = 'cl-wrap';
    shadow.append(style, wrap);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.shadow = shadow;
    this.wrap = wrap;
  }

  private schedulePlace(): void {
    if (!this.current || this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  private place(): void {
    const card = this.dialog();
    const wrap = this.wrap;
    if (!this.current || !card || !wrap) return;
    const win = this.doc.defaultView!;
    const anchor = this.current.opts.anchor();
    if (!anchor) return;
    const rect = card.getBoundingClientRect();
    const viewport = {
      width: this.doc.documentElement.clientWidth || win.innerWidth,
      height: this.doc.documentElement.clientHeight || win.innerHeight,
    };
    const p = placeCard(anchor, { width: rect.width, height: rect.height }, viewport);
    wrap.style.transform = `translate(${p.left}px, ${p.top}px)`;
    card.dataset.side = p.side;
  }
}
