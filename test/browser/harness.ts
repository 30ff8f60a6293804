// Test page bundle for real-browser DOM-layer tests: exposes the src/dom modules and the fake analyzer on window.
import { Annotator } from '../../src/dom/annotator.js';
import { extractArticle } from '../../src/dom/extract.js';
import { createHighlighter } from '../../src/dom/highlighter.js';
import { hitTest } from '../../src/dom/hit-test.js';
import { rangeFor } from '../../src/dom/ranges.js';
import { fakeAnalyze } from '../dom/fake-analyzer.js';

const api = { Annotator, extractArticle, createHighlighter, hitTest, rangeFor, fakeAnalyze };
export type Harness = typeof api;
(globalThis as unknown as { __cl: Harness }).__cl = api;
