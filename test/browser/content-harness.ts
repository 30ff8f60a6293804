// Test bundle of the real content entry, with the fake platform (whose bg:analyze runs the fake analyzer).
import { startContent } from '../../src/entries/content.js';
import './fake-platform.js';

(globalThis as unknown as { __start: () => unknown }).__start = () => startContent(document);
