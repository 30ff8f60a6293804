// WCAG AA contrast of the popup and options colours, light and dark, and of the toolbar badge.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_BACKGROUND, BADGE_TEXT } from '../../platform/badge-style.js';

const css = readFileSync(new URL('./base.css', import.meta.url), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--(cl-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const light = vars(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...vars(css.slice(darkStart, css.indexOf('}\n}', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Text pairs need 4.5:1; focus rings and control borders (non-text) 3:1.
const TEXT: [string, string][] = [
  ['cl-text', 'cl-bg'],
  ['cl-text', 'cl-surface'],
  ['cl-text', 'cl-hover'],
  ['cl-muted', 'cl-bg'],
  ['cl-muted', 'cl-surface'],
  ['cl-muted', 'cl-hover'],
  ['cl-accent-text', 'cl-accent'],
  ['cl-warn-text', 'cl-warn-bg'],
  ['cl-info-text', 'cl-info-bg'],
];
const NON_TEXT: [string, string][] = [
  ['cl-focus', 'cl-bg'],
  ['cl-focus', 'cl-surface'],
  ['cl-muted', 'cl-bg'],
  ['cl-accent', 'cl-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s scheme', (_, scheme) => {
  it.each(TEXT)('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(scheme[fg], fg).toBeDefined();
    expect(contrast(scheme[fg]!, scheme[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT)('%s against %s ≥ 3:1', (fg, bg) => {
    expect(contrast(scheme[fg]!, scheme[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

it('the badge text is readable on the badge', () => {
  expect(contrast(BADGE_TEXT, BADGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
});
