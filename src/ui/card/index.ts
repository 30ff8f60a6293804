// The card UI as one module the content script loads on first need (card.js): the card host (card, hint, styles),
// the view model and the reader's note panel — preact included, so pages where nobody opens a card never parse it.
import { type ComponentChildren, h } from 'preact';
import { CardHost } from './host.js';
import { NotePanel, type NotePanelProps } from './note-panel.js';
import { modelFrom } from './view-model.js';

export const cardUi = {
  CardHost,
  modelFrom,
  notePanel: (props: NotePanelProps & { key?: string }): ComponentChildren => h(NotePanel, props),
};

export type CardUi = typeof cardUi;
