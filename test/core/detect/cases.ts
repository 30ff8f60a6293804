// Helpers for the table-driven grammar tests: one claim expected per input, compared on the fields given.
import { expect } from 'vitest';
import { detectClaims } from '../../../src/core/detect/index.js';
import type { Claim, Lang } from '../../../src/core/types.js';

export type Want = Partial<
  Pick<Claim, 'text' | 'kind' | 'value' | 'unit' | 'per' | 'range' | 'bound' | 'approx' | 'vague'>
>;
export type Row = [input: string, want: Want];

/** The input holds exactly one claim matching `want` (fields not given are not checked). */
export function expectOne(lang: Lang, input: string, want: Want): void {
  const claims = detectClaims(input, lang);
  const got = claims.map((c) => ({
    text: c.text,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    per: c.per,
    range: c.range,
    bound: c.bound,
    approx: c.approx,
    vague: c.vague,
  }));
  expect(got, input).toHaveLength(1);
  expect(got[0], input).toMatchObject(want);
}

/** The input holds no claim at all. */
export function expectNone(lang: Lang, input: string): void {
  expect(
    detectClaims(input, lang).map((c) => c.text),
    input,
  ).toEqual([]);
}

/** The claims' quotes, in order. */
export const quotes = (lang: Lang, input: string): string[] => detectClaims(input, lang).map((c) => c.text);
