// Unit tests: stored settings are validated, migrated from the unversioned shape, or reset with a reason.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/messages.js';
import { mergeForSave, normalizeOrigin, parseSettings } from './settings.js';

describe('parseSettings', () => {
  it('gives defaults for a fresh install, without a problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, status: 'fresh', problem: null });
  });

  it('keeps valid settings, sorting and de-duplicating origins', () => {
    const raw = {
      version: 1,
      disabledOrigins: ['https://b.com', 'https://a.com/', 'https://b.com'],
      wholePage: true,
    };
    expect(parseSettings(raw)).toEqual({
      settings: { version: 1, disabledOrigins: ['https://a.com', 'https://b.com'], wholePage: true },
      status: 'ok',
      problem: null,
    });
  });

  it('repairs unreadable fields and says what it dropped', () => {
    const r = parseSettings({
      version: 1,
      disabledOrigins: ['https://a.com', 42, 'javascript:alert(1)'],
      wholePage: 'yes',
    });
    expect(r.status).toBe('repaired');
    expect(r.settings).toEqual({ version: 1, disabledOrigins: ['https://a.com'], wholePage: false });
    expect(r.problem).toMatch(/2 unreadable site/);
    expect(r.problem).toMatch(/whole-page/);
  });

  it('migrates the unversioned shape (host names in disabledSites)', () => {
    const r = parseSettings({
      disabledSites: ['www.hankyung.com', 'http://news.naver.com'],
      wholePage: true,
    });
    expect(r.status).toBe('migrated');
    expect(r.settings).toEqual({
      version: 1,
      disabledOrigins: ['http://news.naver.com', 'https://www.hankyung.com'],
      wholePage: true,
    });
  });

  it.each([
    ['a string', 'garbage', /string/],
    ['an array', [1, 2], /object/],
    ['an unversioned object without a list', { foo: 1 }, /no version/],
  ])('resets %s to the defaults with a reason', (_, raw, reason) => {
    const r = parseSettings(raw);
    expect(r.status).toBe('reset');
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problem).toMatch(reason);
  });

  it('keeps a newer version as it is, reading the site list it can read', () => {
    const raw = {
      version: 7,
      disabledOrigins: ['https://b.com', 'https://a.com'],
      notes: { x: 1 },
      wholePage: true,
    };
    const r = parseSettings(raw);
    expect(r.status).toBe('newer');
    expect(r.settings).toEqual({
      version: 1,
      disabledOrigins: ['https://a.com', 'https://b.com'],
      wholePage: true,
    });
    expect(r.stored).toBe(raw);
    expect(r.problem).toMatch(/version 7/);
    // A change made here keeps the newer version and its other fields.
    const saved = mergeForSave({ ...r.settings, disabledOrigins: ['https://a.com'] }, r.stored);
    expect(saved).toEqual({
      version: 7,
      disabledOrigins: ['https://a.com'],
      notes: { x: 1 },
      wholePage: true,
    });
    expect(raw.disabledOrigins).toEqual(['https://b.com', 'https://a.com']);
  });

  it('keeps a version it cannot read at all, with an empty list', () => {
    const r = parseSettings({ version: 'two', sites: 'x' });
    expect(r.status).toBe('newer');
    expect(r.settings.disabledOrigins).toEqual([]);
    expect(mergeForSave(r.settings, r.stored)).toMatchObject({ version: 'two', sites: 'x' });
  });

  it('does not share the defaults object (callers may mutate their copy)', () => {
    const a = parseSettings(undefined).settings;
    a.disabledOrigins.push('https://x.com');
    expect(DEFAULT_SETTINGS.disabledOrigins).toEqual([]);
  });
});

describe('normalizeOrigin', () => {
  it.each([
    ['https://www.hankyung.com/article/1', 'https://www.hankyung.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['file:///tmp/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [42, null],
  ])('%s → %s', (input, out) => expect(normalizeOrigin(input)).toBe(out));
});
