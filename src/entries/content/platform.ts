// The slice of src/platform the content script uses: a seam for tests that run without an extension.
import { isContextValid, loadCardUi, onContentMessage, sendToBackground, t } from '../../platform/content.js';
import type { ToBackground, ToContent } from '../../shared/messages.js';
import type { CardUi } from '../../ui/card/index.js';

export interface ContentPlatform {
  onContentMessage(handler: (msg: ToContent) => unknown): () => void;
  sendToBackground(msg: ToBackground): Promise<unknown>;
  t(key: string, substitutions?: string | string[]): string;
  isContextValid(): boolean;
  /** The card UI (card.js), loaded the first time a card or hint is shown on the page. */
  loadCardUi(): Promise<CardUi>;
}

export const realPlatform: ContentPlatform = {
  onContentMessage,
  sendToBackground,
  t,
  isContextValid,
  loadCardUi,
};
