// Claim ids: base 36 by hand must write exactly what Number#toString(36) writes, so ids never change.
import { describe, expect, it } from 'vitest';
import { base36, claimId } from '../../../src/core/detect/id.js';
import { makeRng } from '../../bench/prng.js';

describe('claim ids', () => {
  it('base36 agrees with toString(36) on edges and random 32-bit values', () => {
    const r = makeRng(36);
    const values = [0, 1, 35, 36, 37, 1295, 1296, 2 ** 31, 2 ** 32 - 1];
    for (let i = 0; i < 20000; i++) values.push(Math.floor(r.next() * 2 ** 32));
    for (const n of values) expect(base36(n), String(n)).toBe(n.toString(36));
  });
  it('is "c-" + the start + a hash of the quote, the same every time', () => {
    expect(claimId('79.8%', 0)).toMatch(/^c-0-[0-9a-z]+$/);
    expect(claimId('79.8%', 1296)).toBe(claimId('79.8%', 1296));
    expect(claimId('79.8%', 1296).startsWith('c-100-')).toBe(true);
    expect(claimId('79.8%', 5)).not.toBe(claimId('79.2%', 5));
  });
});
