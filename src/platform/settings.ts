// Reads stored settings defensively: validates, migrates older shapes, resets with a reason when unreadable, and keeps
// a newer (unknown) version untouched: read what can be read, never reset or save over it.
import { DEFAULT_SETTINGS, type Settings } from '../shared/messages.js';

export type SettingsStatus = 'ok' | 'fresh' | 'migrated' | 'repaired' | 'reset' | 'newer';

export interface ParsedSettings {
  settings: Settings;
  status: SettingsStatus;
  /** What was wrong, for the log and the options page; null when nothing was. */
  problem: string | null;
  /**
   * For a version this build does not know (a downgrade): the stored object as it is. It is never reset or saved
   * over; a change the reader makes here is written into it (see mergeForSave), its other fields and version kept.
   */
  stored?: Record<string, unknown>;
}

/** What to store for `settings`: the settings, or a newer version's object with only the known fields changed. */
export function mergeForSave(settings: Settings, stored?: Record<string, unknown>): Record<string, unknown> {
  if (!stored) return { ...settings };
  return { ...stored, disabledOrigins: [...settings.disabledOrigins], wholePage: settings.wholePage };
}

/** "https://www.hankyung.com" for a web origin string, else null (no paths, no patterns, no other schemes). */
export function normalizeOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function cleanOrigins(list: unknown[]): { origins: string[]; dropped: number } {
  const origins = new Set<string>();
  let dropped = 0;
  for (const item of list) {
    const origin = normalizeOrigin(item);
    if (origin) origins.add(origin);
    else dropped++;
  }
  return { origins: [...origins].sort(), dropped };
}

/** A fresh copy: DEFAULT_SETTINGS' array must never be shared with a caller who may change it. */
function defaults(): Settings {
  return { ...DEFAULT_SETTINGS, disabledOrigins: [...DEFAULT_SETTINGS.disabledOrigins] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns whatever storage holds under the settings key into valid Settings, saying what it had to do. */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaults(), status: 'fresh', problem: null };
  if (!isRecord(raw)) {
    return {
      settings: defaults(),
      status: 'reset',
      problem: `settings were a ${typeof raw}, not an object`,
    };
  }
  const version = raw.version;
  // Version 0 (unversioned drafts) named the list "disabledSites" and held host names or origins.
  if (version === undefined) {
    const list = Array.isArray(raw.disabledOrigins) ? raw.disabledOrigins : raw.disabledSites;
    if (Array.isArray(list)) {
      const hosts = list.map((v) => (typeof v === 'string' && !v.includes('://') ? `https://${v}` : v));
      const { origins } = cleanOrigins(hosts);
      return {
        settings: { version: 1, disabledOrigins: origins, wholePage: raw.wholePage === true },
        status: 'migrated',
        problem: 'settings had no version; migrated to version 1',
      };
    }
    return {
      settings: defaults(),
      status: 'reset',
      problem: 'settings had no version and no site list',
    };
  }
  if (version !== 1) {
    // Written by a newer ClaimLens (the reader downgraded): its fields may mean more than we know, but a site list
    // that reads as one is honoured, so a site the reader switched off stays off.
    const list = Array.isArray(raw.disabledOrigins) ? cleanOrigins(raw.disabledOrigins).origins : [];
    return {
      settings: { version: 1, disabledOrigins: list, wholePage: raw.wholePage === true },
      status: 'newer',
      problem: `settings of an unknown version ${String(version).slice(0, 40)} kept as they are`,
      stored: raw,
    };
  }
  const problems: string[] = [];
  let disabledOrigins: string[] = [];
  if (Array.isArray(raw.disabledOrigins)) {
    const cleaned = cleanOrigins(raw.disabledOrigins);
    disabledOrigins = cleaned.origins;
    if (cleaned.dropped) problems.push(`${cleaned.dropped} unreadable site(s) dropped`);
  } else if (raw.disabledOrigins !== undefined) {
    problems.push('the list of switched-off sites was unreadable and was emptied');
  }
  let wholePage = false;
  if (typeof raw.wholePage === 'boolean') wholePage = raw.wholePage;
  else if (raw.wholePage !== undefined)
    problems.push('the whole-page switch was unreadable and was turned off');
  const settings: Settings = { version: 1, disabledOrigins, wholePage };
  // Perspectives are on unless switched off: only an explicit boolean is kept.
  if (typeof raw.perspectives === 'boolean') settings.perspectives = raw.perspectives;
  else if (raw.perspectives !== undefined)
    problems.push('the perspectives switch was unreadable and was turned back on');
  return {
    settings,
    status: problems.length ? 'repaired' : 'ok',
    problem: problems.length ? problems.join('; ') : null,
  };
}
