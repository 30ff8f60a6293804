// Unit tests: the "In perspective" option is validated like the other settings (absent = on, junk = back on).
import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings.js';

describe('parseSettings: perspectives', () => {
  it('keeps an explicit off and an explicit on', () => {
    const off = parseSettings({ version: 1, disabledOrigins: [], wholePage: false, perspectives: false });
    expect(off).toMatchObject({ status: 'ok', settings: { perspectives: false } });
    const on = parseSettings({ version: 1, disabledOrigins: [], wholePage: false, perspectives: true });
    expect(on.settings.perspectives).toBe(true);
  });

  it('treats settings saved before the option existed as on', () => {
    const r = parseSettings({ version: 1, disabledOrigins: [], wholePage: true });
    expect(r.status).toBe('ok');
    expect(r.settings.perspectives).toBeUndefined();
    expect(r.settings.perspectives !== false).toBe(true);
  });

  it('repairs an unreadable value back to on, saying so', () => {
    const r = parseSettings({ version: 1, disabledOrigins: [], wholePage: false, perspectives: 'no' });
    expect(r.status).toBe('repaired');
    expect(r.settings.perspectives).toBeUndefined();
    expect(r.problem).toMatch(/perspectives/);
  });
});
