// Shared plumbing for real-browser tests: esbuild bundles, a local static server, and Chromium/Firefox launchers.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Bundles a test entry for the page (IIFE). `fakePlatform` swaps src/platform for the test double. */
export async function bundle(entry: string, fakePlatform = false): Promise<string> {
  const plugins: esbuild.Plugin[] = fakePlatform
    ? [
        {
          name: 'fake-platform',
          setup(build) {
            build.onResolve({ filter: /platform\/(index|content)\.js$/ }, () => ({
              path: path.resolve('test/browser/fake-platform.ts'),
            }));
          },
        },
      ]
    : [];
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome110', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Serves fixed files by path; everything else is 404. */
export async function serve(
  files: Record<string, { type: string; body: string; headers?: Record<string, string> }>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const f = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store', ...f.headers }).end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** `dark` launches with the page colour scheme forced dark (Firefox cannot emulate it per page over BiDi). */
export function launch(name: BrowserName, opts: { dark?: boolean } = {}): Promise<Browser> {
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--force-color-profile=srgb', '--hide-scrollbars'],
      defaultViewport: { width: 1100, height: 800 },
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // 0 = dark, 1 = light, 2 = follow the browser theme.
    extraPrefsFirefox: opts.dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {},
  });
}

export const SEED_HTML = readFileSync('test/data/seed/hankyung-deepseek.html', 'utf8');

/** The seed page with a test bundle appended after the page's own script. */
export function withScript(html: string, src: string): string {
  return html.replace('</body>', `<script src="${src}"></script>\n</body>`);
}
