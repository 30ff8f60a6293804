// `npm run bench` launcher: bundles the TypeScript bench (and the engine it measures) with esbuild, then runs it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = process.cwd();
// Inside node_modules so the bundle resolves its externals (puppeteer-core, the peer, esbuild) from the project.
const outDir = join(root, 'node_modules/.cache/claimlens-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `bench-${process.pid}.mjs`);
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Unminified: --profile maps samples back to source modules by esbuild's "// src/..." markers.
  minify: false,
  external: ['puppeteer-core', '@microsoft/recognizers-text-suite', 'esbuild'],
  logLevel: 'warning',
});
try {
  const mod = await import(pathToFileURL(outfile).href);
  await mod.main(process.argv.slice(2));
} finally {
  const { rmSync } = await import('node:fs');
  rmSync(outfile, { force: true });
}
