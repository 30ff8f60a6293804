// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox), their store zips, and the CLI if present.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { mergeLocales, missingKeys } from './locales.mjs';
import { buildManifest } from './manifest.mjs';
import { zipFolder } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BROWSERS = ['chrome', 'firefox'];
const quiet = process.argv.includes('--quiet');
const log = (...a) => quiet || console.log(...a);

const TARGET = ['chrome120', 'firefox128'];

const ENTRIES = {
  content: 'src/entries/content.ts',
  // The card UI, injected by the background on a page's first card (kept out of every page load's content.js).
  card: 'src/entries/card.ts',
  background: 'src/entries/background.ts',
  popup: 'src/entries/popup.tsx',
  options: 'src/entries/options.tsx',
  notes: 'src/entries/notes.tsx',
};

/**
 * The card's stylesheet is CSS in a template string (src/ui/card/styles.ts), which JS minification leaves as written:
 * minify it as CSS, so every tab's content.js carries a few KB less.
 */
const minifyCardCss = {
  name: 'minify-card-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]ui[\\/]card[\\/]styles\.ts$/ }, async (args) => {
      const src = readFileSync(args.path, 'utf8');
      const m = /export const CARD_CSS = `([^`$]*)`;/.exec(src);
      if (!m) return undefined;
      const { code } = await esbuild.transform(m[1], { loader: 'css', minify: true, target: TARGET });
      return { contents: `export const CARD_CSS = ${JSON.stringify(code.trim())};\n`, loader: 'ts' };
    });
  },
};

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

async function bundleExtension(outdir) {
  for (const [name, file] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, file))) fail(`${file} is missing (the manifest needs ${name}.js)`);
  }
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    legalComments: 'none',
    target: TARGET,
    logLevel: 'warning',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, v])),
    outdir,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [minifyCardCss],
  });
  const css = 'src/entries/content.css';
  if (!existsSync(join(root, css))) fail(`${css} is missing (the manifest injects content.css)`);
  await esbuild.build({ ...common, entryPoints: { content: css }, outdir, loader: { '.css': 'css' } });
  for (const page of ['popup.html', 'options.html', 'notes.html'])
    cpSync(join(root, 'src/entries', page), join(outdir, page));
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const f of readdirSync(join(root, 'icons'))) {
    if (f.endsWith('.png')) cpSync(join(root, 'icons', f), join(outdir, 'icons', f));
  }
  const locales = mergeLocales(join(root, 'src/locales'));
  const missing = missingKeys(locales);
  if (missing.length) fail(`untranslated locale keys:\n  ${missing.join('\n  ')}`);
  for (const [lang, messages] of Object.entries(locales)) {
    mkdirSync(join(outdir, '_locales', lang), { recursive: true });
    writeFileSync(join(outdir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

async function bundleCli() {
  const entry = 'src/cli/main.ts';
  if (!existsSync(join(root, entry))) return false;
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: join(dist, 'cli', 'claimlens.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __clCreateRequire } from 'node:module';\nconst require = __clCreateRequire(import.meta.url);",
    },
    external: ['canvas'],
  });
  chmodSync(join(dist, 'cli', 'claimlens.mjs'), 0o755);
  return true;
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const shared = join(dist, '.shared');
await bundleExtension(shared);
for (const browser of BROWSERS) {
  const out = join(dist, browser);
  cpSync(shared, out, { recursive: true });
  const manifest = buildManifest(root, browser);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const n = zipFolder(out, join(dist, `claimlens-${browser}.zip`));
  log(`dist/${browser}: ${n} files, dist/claimlens-${browser}.zip`);
}
rmSync(shared, { recursive: true, force: true });
if (await bundleCli()) log('dist/cli/claimlens.mjs');
log(`built in ${Date.now() - started} ms`);
