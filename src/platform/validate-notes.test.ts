// Unit tests: notes messages to the background are checked field by field and by sender.
import { describe, expect, it } from 'vitest';
import { allowedFrom, parseToBackground } from './validate.js';

const NOTE = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  url: 'https://www.hankyung.com/article/2025012482517',
  title: 'DeepSeek',
  quote: { exact: '79.8%', prefix: 'AI 모델이 ', suffix: '를 얻어' },
  position: { start: 10, end: 15 },
  claim: { kind: 'score', value: 79.8, unit: '%', sentence: '' },
  verdict: 'disputed',
  note: 'Self-reported.',
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T10:00:00.000Z',
};

describe('notes messages', () => {
  it('accepts well-formed notes messages', () => {
    expect(parseToBackground({ type: 'bg:notes-save', note: NOTE })).toEqual({
      type: 'bg:notes-save',
      note: NOTE,
    });
    expect(
      parseToBackground({
        type: 'bg:notes-page',
        location: 'https://www.hankyung.com/a?utm_source=x',
        canonical: '/a',
      }),
    ).toEqual({
      type: 'bg:notes-page',
      location: 'https://www.hankyung.com/a?utm_source=x',
      canonical: '/a',
    });
    expect(
      parseToBackground({ type: 'bg:notes-anchored', url: NOTE.url, found: [NOTE.id], missing: [] }),
    ).not.toBeNull();
    expect(parseToBackground({ type: 'bg:notes-import', notes: [NOTE] })).not.toBeNull();
  });

  it('refuses a note with any invalid field, and malformed lists', () => {
    for (const bad of [
      { ...NOTE, verdict: 'true' },
      { ...NOTE, note: 'x'.repeat(2001) },
      { ...NOTE, url: 'javascript:alert(1)' },
      { ...NOTE, quote: { exact: '', prefix: '', suffix: '' } },
      { ...NOTE, claim: { ...NOTE.claim, value: Number.NaN } },
      { ...NOTE, modified: 'now' },
    ])
      expect(parseToBackground({ type: 'bg:notes-save', note: bad })).toBeNull();
    expect(parseToBackground({ type: 'bg:notes-import', notes: [NOTE, { ...NOTE, id: '' }] })).toBeNull();
    expect(
      parseToBackground({ type: 'bg:notes-anchored', url: NOTE.url, found: 'all', missing: [] }),
    ).toBeNull();
    expect(parseToBackground({ type: 'bg:notes-page', location: 'x'.repeat(3000) })).toBeNull();
    expect(parseToBackground({ type: 'bg:notes-whatever' })).toBeNull();
  });

  it('lets pages state come from content scripts and bulk changes only from our own pages', () => {
    const page = parseToBackground({ type: 'bg:notes-page', location: NOTE.url })!;
    const save = parseToBackground({ type: 'bg:notes-save', note: NOTE })!;
    const open = parseToBackground({ type: 'bg:notes-open', url: NOTE.url, id: NOTE.id })!;
    const imp = parseToBackground({ type: 'bg:notes-import', notes: [NOTE] })!;
    expect(allowedFrom(page, 'content')).toBe(true);
    expect(allowedFrom(page, 'extension-page')).toBe(false);
    expect(allowedFrom(save, 'content')).toBe(true);
    expect(allowedFrom(save, 'extension-page')).toBe(true);
    expect(allowedFrom(open, 'content')).toBe(false);
    expect(allowedFrom(imp, 'content')).toBe(false);
    expect(allowedFrom(imp, 'extension-page')).toBe(true);
    expect(allowedFrom(save, null)).toBe(false);
  });
});
