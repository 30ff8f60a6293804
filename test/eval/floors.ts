// The eval's floors: one number per measured rate, raised as the engine improves and never lowered (a ratchet).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const FILE = new URL('./floors.json', import.meta.url);

type Floors = Record<string, number>;
const floors: Floors = JSON.parse(readFileSync(FILE, 'utf8')) as Floors;
const reached: Floors = {};

/**
 * Checks a rate (0..1 or a percentage, as its floor was written) against its floor. With EVAL_WRITE_FLOORS=1 the
 * reached rate is recorded instead, rounded down a little so noise-free reruns pass, and never below the old floor.
 */
export function holdFloor(key: string, rate: number, detail = ''): void {
  if (process.env.EVAL_WRITE_FLOORS === '1') {
    const step = rate > 1 ? 0.5 : 0.005;
    const down = Math.max(0, Math.floor(rate / step) * step - (rate > 1 ? 0.5 : 0));
    reached[key] = Math.max(floors[key] ?? 0, Number(down.toFixed(3)));
    writeFileSync(
      FILE,
      `${JSON.stringify({ ...floors, ...reached }, Object.keys({ ...floors, ...reached }).sort(), 2)}\n`,
    );
    return;
  }
  const floor = floors[key];
  expect(floor, `no floor recorded for ${key} (run EVAL_WRITE_FLOORS=1 npm run eval once)`).toBeDefined();
  expect(
    rate,
    `${key}: ${rate} below its floor ${floor}${detail ? `; ${detail}` : ''}`,
  ).toBeGreaterThanOrEqual(floor!);
}

/** A floor for a count that must not grow (false alarms, furniture flagged). */
export function holdCeiling(key: string, count: number, detail = ''): void {
  if (process.env.EVAL_WRITE_FLOORS === '1') {
    const old = floors[key];
    reached[key] = old === undefined ? count : Math.min(old, count);
    writeFileSync(
      FILE,
      `${JSON.stringify({ ...floors, ...reached }, Object.keys({ ...floors, ...reached }).sort(), 2)}\n`,
    );
    return;
  }
  const ceil = floors[key];
  expect(ceil, `no ceiling recorded for ${key} (run EVAL_WRITE_FLOORS=1 npm run eval once)`).toBeDefined();
  expect(
    count,
    `${key}: ${count} above its ceiling ${ceil}${detail ? `; ${detail}` : ''}`,
  ).toBeLessThanOrEqual(ceil!);
}
