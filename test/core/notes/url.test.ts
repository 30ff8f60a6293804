// Canonical URLs and page keys: tracking parameters, fragments, mobile/AMP variants, hostile canonicals.
import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, pageKey } from '../../../src/core/notes/url.js';

describe('canonical URL', () => {
  it('prefers the canonical link, then og:url, then the location', () => {
    const location = 'https://m.example.com/a/1?utm_source=x';
    expect(
      canonicalUrl({
        location,
        canonical: 'https://www.example.com/a/1',
        ogUrl: 'https://www.example.com/og',
      }),
    ).toBe('https://www.example.com/a/1');
    expect(canonicalUrl({ location, ogUrl: 'https://www.example.com/og' })).toBe(
      'https://www.example.com/og',
    );
    expect(canonicalUrl({ location })).toBe('https://m.example.com/a/1');
  });

  it('resolves a relative canonical against the location', () => {
    expect(canonicalUrl({ location: 'https://www.example.com/x/y?fbclid=1', canonical: '/article/9' })).toBe(
      'https://www.example.com/article/9',
    );
  });

  it('ignores a canonical or og:url on another site', () => {
    expect(
      canonicalUrl({ location: 'https://www.example.com/a', canonical: 'https://bank.test/account' }),
    ).toBe('https://www.example.com/a');
  });

  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(
      cleanUrl(
        'https://www.example.com/a?id=7&utm_campaign=z&UTM_MEDIUM=y&fbclid=f&gclid=g&msclkid=m&_ga=1#section',
      ),
    ).toBe('https://www.example.com/a?id=7');
  });

  it('rejects what is not a web address', () => {
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('file:///etc/passwd')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
    expect(canonicalUrl({ location: 'chrome://newtab' })).toBeNull();
  });
});

describe('page key', () => {
  it('maps mobile, AMP and www variants of one article to one key', () => {
    const keys = [
      'https://www.example.com/article/123',
      'http://example.com/article/123/',
      'https://m.example.com/article/123?utm_source=share',
      'https://amp.example.com/article/123',
      'https://www.example.com/amp/article/123',
      'https://www.example.com/article/123/amp',
      'https://www.example.com/article/123?amp=1#top',
      'https://mobile.example.com/article/123?outputType=amp',
    ].map(pageKey);
    expect(new Set(keys)).toEqual(new Set(['example.com/article/123']));
  });

  it('keeps parameters that name the article, in one order', () => {
    expect(pageKey('https://news.example.com/view?b=2&aid=9')).toBe(
      pageKey('https://news.example.com/view?aid=9&b=2'),
    );
    expect(pageKey('https://news.example.com/view?aid=9')).not.toBe(
      pageKey('https://news.example.com/view?aid=10'),
    );
  });
});
