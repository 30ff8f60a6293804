// The slice of src/platform the content script uses: a seam for tests that run without an extension.
import { isContextValid, onContentMessage, sendToBackground, t } from '../../platform/content.js';
import type { ToBackground, ToContent } from '../../shared/messages.js';

export interface ContentPlatform {
  onContentMessage(handler: (msg: ToContent) => unknown): () => void;
  sendToBackground(msg: ToBackground): Promise<unknown>;
  t(key: string, substitutions?: string | string[]): string;
  isContextValid(): boolean;
}

export const realPlatform: ContentPlatform = { onContentMessage, sendToBackground, t, isContextValid };
