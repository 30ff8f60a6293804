// The built packages: per-browser manifests, least permissions, merged locales, icons, valid store zips, and no
// network API anywhere in the shipped code.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mergeLocales, missingKeys } from '../../scripts/locales.mjs';
import { deepMerge } from '../../scripts/manifest.mjs';
import { ROOT } from './helpers/routes.js';

const dist = join(ROOT, 'dist');
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
type Manifest = Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
  };
  content_scripts: { matches: string[]; js: string[]; css: string[]; run_at: string }[];
  commands: Record<string, { suggested_key: { default: string } }>;
};
const manifest = (b: string): Manifest => json(join(dist, b, 'manifest.json'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Reads a zip's central directory and inflates every entry: name → bytes. */
function unzip(path: string): Map<string, Buffer> {
  const buf = readFileSync(path);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('built packages', () => {
  it('exist for both browsers', () => {
    for (const p of [
      'chrome/manifest.json',
      'firefox/manifest.json',
      'claimlens-chrome.zip',
      'claimlens-firefox.zip',
    ]) {
      expect(existsSync(join(dist, p)), p).toBe(true);
    }
  });

  it('have the per-browser background and Firefox settings from the overlays', () => {
    const c = manifest('chrome');
    const f = manifest('firefox');
    expect(c.manifest_version).toBe(3);
    expect(f.manifest_version).toBe(3);
    expect(c.background).toEqual({ service_worker: 'background.js' });
    expect(c.browser_specific_settings).toBeUndefined();
    expect(f.background).toEqual({ scripts: ['background.js'] });
    expect(f.browser_specific_settings?.gecko).toEqual({
      id: 'claimlens@claimlens.app',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(c.version).toBe(json(join(ROOT, 'package.json')).version);
  });

  it('ask for the least: no <all_urls> or all-sites access at install', () => {
    for (const b of ['chrome', 'firefox']) {
      const m = manifest(b);
      expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
      for (const p of m.host_permissions) expect(p).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
      expect([...m.host_permissions].sort()).toEqual([...m.content_scripts[0]!.matches].sort());
      expect(m.optional_host_permissions).toEqual(['*://*/*']);
      expect(m.content_scripts[0]).toMatchObject({
        js: ['content.js'],
        css: ['content.css'],
        run_at: 'document_idle',
      });
      expect(m.commands['next-claim']?.suggested_key.default).toBe('Alt+Shift+Period');
      expect(m.commands['prev-claim']?.suggested_key.default).toBe('Alt+Shift+Comma');
    }
  });

  it('merge every locale fragment, with every manifest message defined in both languages', () => {
    for (const b of ['chrome', 'firefox']) {
      const en = json(join(dist, b, '_locales/en/messages.json'));
      const ko = json(join(dist, b, '_locales/ko/messages.json'));
      expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
      for (const lang of ['en', 'ko']) {
        for (const f of readdirSync(join(ROOT, 'src/locales', lang))) {
          for (const key of Object.keys(json(join(ROOT, 'src/locales', lang, f))))
            expect(en).toHaveProperty(key);
        }
      }
      const text = readFileSync(join(dist, b, 'manifest.json'), 'utf8');
      for (const [, key] of text.matchAll(/__MSG_(\w+)__/g)) {
        expect(en, key).toHaveProperty(key!);
        expect(ko, key).toHaveProperty(key!);
      }
      expect((en.ext_description.message as string).length).toBeLessThanOrEqual(132);
      expect((ko.ext_description.message as string).length).toBeLessThanOrEqual(132);
    }
  });

  it('ship the icons at their declared sizes', () => {
    const icons = manifest('chrome').icons as Record<string, string>;
    for (const [size, file] of Object.entries(icons)) {
      const png = readFileSync(join(dist, 'chrome', file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it('zip exactly the built folders, byte for byte', () => {
    for (const b of ['chrome', 'firefox']) {
      const entries = unzip(join(dist, `claimlens-${b}.zip`));
      const dir = join(dist, b);
      const names = files(dir).map((p) => relative(dir, p).split('\\').join('/'));
      expect([...entries.keys()].sort()).toEqual(names.sort());
      for (const n of names) expect(entries.get(n)!.equals(readFileSync(join(dir, n))), n).toBe(true);
    }
  });

  it('contain no network API in the shipped code', () => {
    for (const b of ['chrome', 'firefox']) {
      for (const f of files(join(dist, b)).filter((p) => p.endsWith('.js'))) {
        const code = readFileSync(f, 'utf8');
        expect(code, f).not.toMatch(
          /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/,
        );
      }
      expect(json(join(dist, b, 'manifest.json')).content_security_policy.extension_pages).toContain(
        "connect-src 'none'",
      );
    }
  });
});

describe('build helpers', () => {
  const fragments = (files: Record<string, Record<string, unknown>>) => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-locales-'));
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(join(dir, path.split('/')[0]!), { recursive: true });
      writeFileSync(join(dir, path), JSON.stringify(body));
    }
    return dir;
  };

  it('merges locale fragments and refuses a key defined twice', () => {
    const ok = fragments({
      'en/a.json': { a_one: { message: '1' } },
      'en/b.json': { b_two: { message: '2' } },
    });
    expect(Object.keys(mergeLocales(ok).en!)).toEqual(['a_one', 'b_two']);
    const dup = fragments({
      'en/a.json': { x_key: { message: '1' } },
      'en/b.json': { x_key: { message: '2' } },
    });
    expect(() => mergeLocales(dup)).toThrow(/x_key.*a\.json.*b\.json/);
    expect(() => mergeLocales(fragments({ 'en/a.json': { BadKey: { message: '1' } } }))).toThrow(
      /snake_case/,
    );
    expect(() => mergeLocales(fragments({ 'en/a.json': { no_message: { description: 'x' } } }))).toThrow(
      /no message/,
    );
  });

  it('reports keys missing from a language', () => {
    expect(
      missingKeys({ en: { a: { message: '' }, b: { message: '' } }, ko: { a: { message: '' } } }),
    ).toEqual(['ko: missing b']);
  });

  it('overlays objects key by key and replaces arrays', () => {
    expect(deepMerge({ a: { x: 1, y: [1] }, b: 1 }, { a: { y: [2], z: 3 } })).toEqual({
      a: { x: 1, y: [2], z: 3 },
      b: 1,
    });
  });
});
