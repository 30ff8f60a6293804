// Where card.js leaves the card UI for the content script: a key on the global of the content scripts' own world
// (card.js is injected there by the background, never into the page's world).
export const CARD_UI_KEY = Symbol.for('claimlens.card-ui');
