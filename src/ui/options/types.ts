// What the options page shows and can do; the entry wires these to storage, permissions and commands.
import type { Settings } from '../../shared/messages.js';

export interface OptionsData {
  settings: Settings;
  /** Sites the user turned on permanently (not on the built-in list). */
  userOrigins: string[];
  shortcuts: { name: string; description: string; shortcut: string }[];
  notice: string | null;
  /** Last change saved, for a polite status message. */
  saved: boolean;
}

export interface OptionsActions {
  setWholePage(on: boolean): void;
  /** The card's "In perspective" row on or off. */
  setPerspectives(on: boolean): void;
  /** Turn a switched-off site back on. */
  enableOrigin(origin: string): void;
  /** Turn off a site the user had turned on (removes its permission). */
  forgetOrigin(origin: string): void;
  openShortcutSettings(): void;
  /** Open the My notes page (the reader's verdicts and notes). */
  openNotes?(): void;
}
