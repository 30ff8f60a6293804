// What the My notes page shows (data) and what it can do (actions); the entry wires these to the extension.
import type { ExportFormat } from '../../core/notes/export.js';
import type { Note, Verdict } from '../../core/notes/types.js';

export interface ImportReport {
  /** Nothing was imported: the file was not an export (the store is unchanged). */
  error?: string;
  added?: number;
  updated?: number;
  unchanged?: number;
  skipped?: Array<{ index: number; reason: string }>;
}

export interface NotesActions {
  /** Opens the article in a new tab, scrolled to the claim with its card open. */
  open(note: Note): void;
  save(note: Note, change: { verdict: Verdict | null; note: string }): Promise<void>;
  remove(note: Note): Promise<void>;
  /** Puts deleted notes back. */
  restore(notes: Note[]): Promise<void>;
  exportNotes(notes: Note[], format: ExportFormat): void;
  importFile(file: File): Promise<ImportReport>;
}

export interface NotesData {
  /** Every note when `complete`; before that, the notes of the pages read for the first screen (the newest ones). */
  notes: Note[];
  /** False while the first screen is shown from the notes index and the rest of the store is still being read. */
  complete: boolean;
  /** How many notes the store holds (from the index until complete). */
  total: number;
  /** Every site with notes, for the site filter (from the index until complete). */
  sites: string[];
  /** How many stored notes were set aside as unreadable (said once), 0 for none. */
  setAside: number;
  lang: 'ko' | 'en';
}
