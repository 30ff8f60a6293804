// What the popup shows (data) and what it can do (actions); the entry wires these to the extension.
import type { ListReply, SiteState, Unsupported } from '../../shared/messages.js';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unsupported'; reason: Unsupported; site: SiteState | null }
  /** No content script answers in the tab: not a listed site, or the page loaded before ClaimLens was installed. */
  | { kind: 'not-running'; site: SiteState | null }
  | { kind: 'disabled'; site: SiteState }
  | { kind: 'ready'; site: SiteState; list: ListReply }
  | { kind: 'error'; message: string };

export interface PopupActions {
  /** Scroll to a claim in the page and open its card (the popup then closes). */
  open(id: string): void;
  setSiteEnabled(enabled: boolean): void;
  /** Read this page now (activeTab), without turning the site on permanently. */
  annotate(): void;
  openOptions(): void;
  /** Open the My notes page (every verdict and note, all sites). */
  openNotes?(): void;
  /** Read a page in a language ClaimLens does not read yet anyway: digits with a currency or % only. */
  readBasic?(): void;
}
