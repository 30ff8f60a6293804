// Types for locales.mjs (used from the TypeScript e2e suite).
export type Messages = Record<string, { message: string; description?: string }>;
export function mergeLocales(localesDir: string): Record<string, Messages>;
export function missingKeys(locales: Record<string, Record<string, unknown>>, reference?: string): string[];
