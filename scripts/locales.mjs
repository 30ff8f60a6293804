// Merges the messages.json fragments of src/locales/<lang>/*.json into one messages.json per language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY = /^[a-z][a-z0-9_]*$/;

/** Returns { lang: messages } for every language folder; throws on a duplicate or malformed key. */
export function mergeLocales(localesDir) {
  const out = {};
  for (const lang of readdirSync(localesDir).sort()) {
    const merged = {};
    const from = {};
    const dir = join(localesDir, lang);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const fragment = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      for (const [key, entry] of Object.entries(fragment)) {
        if (!KEY.test(key)) throw new Error(`locales/${lang}/${file}: key "${key}" is not snake_case`);
        if (key in merged) throw new Error(`locales/${lang}: key "${key}" in both ${from[key]} and ${file}`);
        if (typeof entry?.message !== 'string')
          throw new Error(`locales/${lang}/${file}: "${key}" has no message`);
        merged[key] = entry;
        from[key] = file;
      }
    }
    out[lang] = merged;
  }
  return out;
}

/** Keys present in one language but not the other: a missing translation would show the raw key. */
export function missingKeys(locales, reference = 'en') {
  const problems = [];
  const refKeys = Object.keys(locales[reference] ?? {});
  for (const [lang, messages] of Object.entries(locales)) {
    for (const key of refKeys) if (!(key in messages)) problems.push(`${lang}: missing ${key}`);
    for (const key of Object.keys(messages))
      if (!(key in locales[reference])) problems.push(`${reference}: missing ${key}`);
  }
  return problems;
}
