// Types for manifest.mjs (used from the TypeScript e2e suite).
export function deepMerge(base: unknown, overlay: unknown): unknown;
export function buildManifest(root: string, browser: 'chrome' | 'firefox'): Record<string, unknown>;
