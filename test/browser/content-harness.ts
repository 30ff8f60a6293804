// Test bundle of the real content entry, with the fake platform and the fake analyzer (until the grammar lands).
import { startContent } from '../../src/entries/content.js';
import { fakeAnalyze } from '../dom/fake-analyzer.js';
import './fake-platform.js';

(globalThis as unknown as { __start: () => unknown }).__start = () => startContent(document, fakeAnalyze);
