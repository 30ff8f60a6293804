// Builds one browser's manifest: the top-level manifest.json plus that browser's overlay (scripts/manifest.<b>.json).
import { readFileSync } from 'node:fs';

/** Objects merge key by key; anything else (arrays included) in the overlay replaces the base value. */
export function deepMerge(base, overlay) {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay;
  const out = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}

function isPlainObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function buildManifest(root, browser) {
  const base = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
  const overlay = JSON.parse(readFileSync(`${root}/scripts/manifest.${browser}.json`, 'utf8'));
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const manifest = deepMerge(base, overlay);
  // One version number: package.json's.
  manifest.version = pkg.version;
  return manifest;
}
