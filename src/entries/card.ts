// The card entry (card.js): injected into a page's content-script world the first time the reader opens a card there;
// it hands the card UI to the content script that asked for it (src/platform/content.ts, loadCardUi).
import { CARD_UI_KEY } from '../shared/card-ui.js';
import { cardUi } from '../ui/card/index.js';

// Each injection overwrites the key: after an extension update the new content script gets its own build's UI.
(globalThis as unknown as Record<symbol, unknown>)[CARD_UI_KEY] = cardUi;
