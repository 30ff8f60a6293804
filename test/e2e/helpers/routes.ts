// The fixture pages of the e2e suite, served under real site names (and one site that is not on the default list).
import { resolve } from 'node:path';
import type { Routes } from '../../../scripts/lib/fixture-server.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => resolve(ROOT, 'test/e2e/fixtures', name);

export const URLS = {
  seed: 'http://www.hankyung.com/article/2025012482517',
  english: 'http://www.reuters.com/technology/deepseek-cheap-ai-model-2025-01-27/',
  spa: 'http://www.chosun.com/economy/tech_it/',
  shadow: 'http://apnews.com/article/deepseek-benchmark-claims-0a1b2c',
  widget: 'http://apnews.com/embed/market-widget',
  offList: 'http://blog.example.org/posts/deepseek-numbers',
  pdf: 'http://www.hankyung.com/pdf/deepseek-report.pdf',
  economic: 'http://www.hankyung.com/article/2024100812345',
} as const;

/** A one-page PDF with no text: enough for the browsers' PDF viewers to open it. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

export const ROUTES: Routes = {
  [URLS.seed]: { file: resolve(ROOT, 'test/data/seed/hankyung-deepseek.html') },
  [URLS.english]: { file: fixture('english-article.html') },
  [URLS.spa]: { file: fixture('spa-article.html') },
  [URLS.shadow]: { file: fixture('shadow-iframe.html') },
  [URLS.widget]: { file: fixture('market-widget.html') },
  [URLS.offList]: { file: fixture('english-article.html') },
  [URLS.pdf]: { body: PDF, type: 'application/pdf' },
  [URLS.economic]: { file: fixture('economic-article.html') },
};
