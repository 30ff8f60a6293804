// Messages about the reader's notes: content script and My notes → background (which alone writes the store).
import type { Note } from '../core/notes/types.js';

export type NotesToBackground =
  /** Content: the notes of the page at this address (its canonical link and og:url, as the page gives them). */
  | { type: 'bg:notes-page'; location: string; canonical?: string; ogUrl?: string }
  /** Content or My notes: create or replace one note (a note with neither verdict nor text is deleted). */
  | { type: 'bg:notes-save'; note: Note }
  | { type: 'bg:notes-delete'; url: string; id: string }
  /** Content: which of the page's notes were placed on this visit and which were not. */
  | { type: 'bg:notes-anchored'; url: string; found: string[]; missing: string[] }
  /** My notes: open the article in a new tab with this note's card open. */
  | { type: 'bg:notes-open'; url: string; id: string }
  /** My notes: merge imported notes into the store (same target + quote is one note, the newer wins). */
  | { type: 'bg:notes-import'; notes: Note[] }
  /** My notes: put deleted notes back (undo). */
  | { type: 'bg:notes-restore'; notes: Note[] }
  /** My notes: the notes index did not match the records it read; rebuild it from them. */
  | { type: 'bg:notes-reindex' };

export interface NotesPageReply {
  /** The page's canonical URL; null when the page cannot hold notes. */
  url: string | null;
  notes: Note[];
  /** The id of a note whose card should open once placed (the reader came from My notes). */
  open: string | null;
}

export interface NotesImportReply {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Longest list of notes one message may carry. */
export const MAX_NOTES_PER_MESSAGE = 100_000;
