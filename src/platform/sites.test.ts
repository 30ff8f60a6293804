// Unit tests: which pages ClaimLens can read, and manifest match patterns against URLs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyUrl, matchesPattern, onList, scriptIdFor } from './sites.js';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[] }[];
  host_permissions: string[];
  optional_host_permissions: string[];
};
const DEFAULTS = manifest.content_scripts[0]!.matches;

describe('classifyUrl', () => {
  it.each([
    ['https://www.hankyung.com/article/2025012482517', 'https://www.hankyung.com', null],
    ['chrome://extensions/', null, 'browser-page'],
    ['about:addons', null, 'browser-page'],
    ['moz-extension://abc/popup.html', null, 'browser-page'],
    ['view-source:https://a.com/', null, 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'https://chromewebstore.google.com', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'https://chrome.google.com', 'store'],
    ['https://addons.mozilla.org/ko/firefox/', 'https://addons.mozilla.org', 'store'],
    ['https://example.com/report.PDF', 'https://example.com', 'pdf'],
    ['file:///home/me/article.html', null, 'file'],
    ['file:///home/me/report.pdf', null, 'pdf'],
  ])('%s', (url, origin, unsupported) => {
    expect(classifyUrl(url)).toEqual({ origin, unsupported });
  });

  it('reads local files when the user allowed file access', () => {
    expect(classifyUrl('file:///home/me/article.html', true)).toEqual({ origin: null, unsupported: null });
  });

  it('does not guess when the URL is hidden (no permission for the tab)', () => {
    expect(classifyUrl(null)).toEqual({ origin: null, unsupported: null });
  });
});

describe('matchesPattern', () => {
  it.each([
    ['*://*.hankyung.com/*', 'https://www.hankyung.com/article/1', true],
    ['*://*.hankyung.com/*', 'http://hankyung.com/', true],
    ['*://*.hankyung.com/*', 'https://nothankyung.com/', false],
    ['*://*.hankyung.com/*', 'https://hankyung.com.evil.io/', false],
    ['*://*.hankyung.com/*', 'ftp://www.hankyung.com/', false],
    ['*://news.naver.com/*', 'https://news.naver.com/main', true],
    ['*://news.naver.com/*', 'https://sports.news.naver.com/', false],
    ['https://example.com/*', 'http://example.com/', false],
    ['*://*/*', 'https://anything.org/x?y', true],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe('the built-in list (manifest)', () => {
  it('covers hankyung.com and the major Korean and English news sites', () => {
    for (const url of [
      'https://www.hankyung.com/article/2025012482517',
      'https://www.chosun.com/economy/',
      'https://n.news.naver.com/article/001/0015',
      'https://v.daum.net/v/2025',
      'https://www.nytimes.com/2025/01/27/technology/deepseek.html',
      'https://www.bbc.co.uk/news/articles/x',
    ]) {
      expect(onList(DEFAULTS, url), url).toBe(true);
    }
    expect(onList(DEFAULTS, 'https://blog.example.org/')).toBe(false);
  });

  it('grants exactly the sites the content script runs on, and nothing broader at install', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...DEFAULTS].sort());
    for (const p of manifest.host_permissions) expect(p).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });
});

describe('scriptIdFor', () => {
  it('is stable and uses safe characters', () => {
    expect(scriptIdFor('https://blog.example.org:8443')).toBe(
      'site:https://blog.example.org:8443'.replace(/\//g, '_'),
    );
  });
});
