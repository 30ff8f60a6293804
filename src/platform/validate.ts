// Checks a message to the background by shape and by sender before anything acts on it. Pure.
import { MAX_ANALYZE_CHARS, type ToBackground } from '../shared/messages.js';
import { isNotesType, notesAllowedFrom, parseNotesMessage } from './validate-notes.js';

export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Who sent a message: one of our content scripts (in a tab), one of our own pages (popup, options), or nobody we trust. */
export type SenderKind = 'content' | 'extension-page' | null;

export function senderKind(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderKind {
  if (!sender || sender.id !== runtimeId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  if (typeof sender.tab?.id === 'number' && sender.tab.id >= 0) return 'content';
  return null;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isShortString = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;

/** A [start, end) span inside a text of `length` characters. */
function isSpan(v: unknown, length: number): v is { start: number; end: number } {
  if (typeof v !== 'object' || v === null) return false;
  const { start, end } = v as Record<string, unknown>;
  return isInt(start) && isInt(end) && start < end && end <= length;
}

function copySpan(v: unknown): { start: number; end: number } {
  const { start, end } = v as { start: number; end: number };
  return { start, end };
}

/** The message if its shape is one of ToBackground's, else null. */
export function parseToBackground(msg: unknown): ToBackground | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'bg:count':
      return isInt(m.count) && isInt(m.warn) && m.warn <= m.count
        ? { type: m.type, count: m.count, warn: m.warn }
        : null;
    case 'bg:error':
      return isShortString(m.where, 200) && isShortString(m.message)
        ? { type: m.type, where: m.where, message: m.message }
        : null;
    case 'bg:get-settings':
    case 'bg:load-card':
      return { type: m.type };
    case 'bg:site-state':
    case 'bg:annotate-tab':
      return isInt(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'bg:set-site':
      return isInt(m.tabId) && isShortString(m.origin, 2048) && typeof m.enabled === 'boolean'
        ? { type: m.type, tabId: m.tabId, origin: m.origin, enabled: m.enabled }
        : null;
    case 'bg:analyze':
      return isShortString(m.text, MAX_ANALYZE_CHARS) &&
        (m.lang === 'auto' || m.lang === 'ko' || m.lang === 'en' || m.lang === 'zh' || m.lang === 'ja') &&
        (m.uiLang === undefined || m.uiLang === 'ko' || m.uiLang === 'en') &&
        (m.publishedAt === undefined || isShortString(m.publishedAt, 100)) &&
        (m.summary === undefined || typeof m.summary === 'boolean') &&
        (m.reading === undefined || m.reading === 'basic') &&
        (m.claimAt === undefined || isSpan(m.claimAt, m.text.length))
        ? {
            type: m.type,
            text: m.text,
            lang: m.lang,
            ...(m.uiLang === undefined ? {} : { uiLang: m.uiLang }),
            ...(m.publishedAt === undefined ? {} : { publishedAt: m.publishedAt }),
            ...(m.summary === true ? { summary: true } : {}),
            ...(m.reading === 'basic' ? { reading: 'basic' as const } : {}),
            ...(m.claimAt === undefined ? {} : { claimAt: copySpan(m.claimAt) }),
          }
        : null;
    default:
      return isNotesType(m.type) ? parseNotesMessage(m) : null;
  }
}

/** Which senders may send which message: page state comes only from content scripts, site changes only from our pages. */
export function allowedFrom(msg: ToBackground, kind: SenderKind): boolean {
  if (kind === null) return false;
  if (isNotesType(msg.type)) return notesAllowedFrom(msg as Parameters<typeof notesAllowedFrom>[0], kind);
  switch (msg.type) {
    case 'bg:count':
    case 'bg:error':
    case 'bg:analyze':
    case 'bg:load-card':
      return kind === 'content';
    case 'bg:get-settings':
      return true;
    default:
      return kind === 'extension-page';
  }
}
