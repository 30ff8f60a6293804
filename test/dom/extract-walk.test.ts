// The sibling walk of TextCollector (and article-root's text count) against the stack walk it replaced, on random
// trees: the same text, segments, blocks and truncation point, whatever the slicing and the first-screens cut.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { TextCollector } from '../../src/dom/extract.js';
import { isBlockElement, isExcluded } from '../../src/dom/skip.js';

/** The previous walk (an explicit stack of every child), kept as the reference; same text handling. */
function stackWalk(root: Element, stopAfter: number) {
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  const segments: Array<{ start: number; end: number; node: Text; nodeOffset: number }> = [];
  const blocks: Array<{ element: Element; start: number; end: number }> = [];
  let current: { element: Element; start: number; end: number } | null = null;
  let truncated = false;
  const separate = () => {
    if (lastChar === '\n' || length === 0) return;
    parts.push('\n');
    length += 1;
    lastChar = '\n';
    current = null;
  };
  const push = (node: Text, block: Element, value: string, nodeOffset: number) => {
    const start = length;
    parts.push(value);
    length += value.length;
    lastChar = value[value.length - 1]!;
    segments.push({ start, end: length, node, nodeOffset });
    if (current && current.element === block && current.end === start) current.end = length;
    else {
      current = { element: block, start, end: length };
      blocks.push(current);
    }
  };
  const addText = (node: Text, block: Element) => {
    const data = node.data;
    if (data.length === 0) return;
    const value = data.replace(/[\t\n\r\f]/g, ' ');
    let i = 0;
    if (lastChar === '\n' || lastChar === ' ') while (value.charCodeAt(i) === 32) i++;
    while (i < value.length) {
      const run = value.indexOf('  ', i);
      const end = run < 0 ? value.length : run + 1;
      push(node, block, value.slice(i, end), i);
      if (run < 0) break;
      i = end;
      while (value.charCodeAt(i) === 32) i++;
    }
  };
  const stack: Array<{ node: Node; block: Element; exit: boolean }> = [
    { node: root, block: root, exit: false },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { node } = item;
    if (item.exit) {
      separate();
      if (length >= stopAfter && stack.length > 0) {
        truncated = true;
        break;
      }
      continue;
    }
    if (node.nodeType === 3) {
      addText(node as Text, item.block);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isExcluded(el, null)) continue;
    if (el.localName === 'br') {
      separate();
      continue;
    }
    const block = isBlockElement(el) ? el : item.block;
    if (block === el && el !== root) {
      separate();
      stack.push({ node: el, block: item.block, exit: true });
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, block, exit: false });
  }
  return { text: parts.join(''), segments, blocks, truncated };
}

/** A seeded random tree of blocks, inlines, breaks, skipped elements, comments and text with odd spacing. */
function randomTree(seed: number): string {
  let x = seed >>> 0 || 1;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const words = ['매출 3.5%', 'up 12 percent', '  두 칸  ', '\n\t', '1,234원', 'plain', ' ', '', 'x'];
  const tags = ['p', 'div', 'span', 'b', 'li', 'section', 'h2', 'em', 'aside', 'nav', 'script', 'br', 'td'];
  const node = (depth: number): string => {
    const r = rnd();
    if (depth > 4 || r < 0.35) return pick(words);
    if (r < 0.4) return '<!-- note -->';
    const tag = pick(tags);
    if (tag === 'br') return '<br>';
    const attr = rnd() < 0.1 ? ' hidden' : rnd() < 0.1 ? ' class="related-news"' : '';
    const kids = Array.from({ length: Math.floor(rnd() * 5) }, () => node(depth + 1)).join('');
    return `<${tag}${attr}>${kids}</${tag}>`;
  };
  return `<html><body><main>${Array.from({ length: 12 }, () => node(0)).join('')}</main></body></html>`;
}

describe('TextCollector sibling walk', () => {
  it('reads what the stack walk read, on 400 random trees, sliced and cut at random first screens', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const { document } = parseHTML(randomTree(seed));
      const root = document.querySelector('main') as unknown as Element;
      const stopAfter = seed % 3 === 0 ? Number.POSITIVE_INFINITY : (seed * 7) % 60;
      const want = stackWalk(root, stopAfter);
      const c = new TextCollector(root, { stopAfterChars: stopAfter, checkVisibility: false });
      // A deadline that expires every few checks: the walk must resume exactly where it stopped.
      let calls = 0;
      while (!c.step(() => ++calls % 3 === 0));
      const got = c.result();
      expect({ seed, text: got.text, truncated: c.truncated }).toEqual({
        seed,
        text: want.text,
        truncated: want.truncated,
      });
      expect(got.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual(
        want.segments.map((s) => [s.start, s.end, s.nodeOffset]),
      );
      expect(got.segments.every((s, i) => s.node === want.segments[i]!.node)).toBe(true);
      expect(got.blocks.map((b) => [b.start, b.end])).toEqual(want.blocks.map((b) => [b.start, b.end]));
      expect(got.blocks.every((b, i) => b.element === want.blocks[i]!.element)).toBe(true);
    }
  });

  it('joins a long article in chunks to the same text', () => {
    const paras = Array.from(
      { length: 3000 },
      (_, i) => `<p>문단 ${i}: 매출 ${i}.5% <b>증가</b>  했다</p>`,
    ).join('');
    const { document } = parseHTML(`<html><body><main>${paras}</main></body></html>`);
    const root = document.querySelector('main') as unknown as Element;
    const c = new TextCollector(root, { checkVisibility: false });
    c.step();
    const want = stackWalk(root, Number.POSITIVE_INFINITY);
    expect(c.result().text).toBe(want.text);
    expect(c.result().segments.length).toBe(want.segments.length);
  });
});
