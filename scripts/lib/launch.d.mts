// Types for launch.mjs (used from the TypeScript e2e suite).
import type { Browser, Page, Target } from 'puppeteer-core';
export type BrowserKind = 'chromium' | 'firefox';
export const GECKO_ID: string;
export const FIREFOX_UUID: string;
export interface LaunchedBrowser {
  browser: Browser;
  kind: BrowserKind;
  extBase: string;
  serviceWorker: Target | null;
}
export function launchWithExtension(opts: {
  kind: BrowserKind;
  root: string;
  port: number;
  headless?: boolean;
  lang?: 'en' | 'ko';
}): Promise<LaunchedBrowser>;
export function firefoxPrefs(port: number, lang?: 'en' | 'ko'): Record<string, string | number | boolean>;
export function openExtensionPage(browser: Browser, url: string, readySelector?: string): Promise<Page>;
export function tabIdOf(extPage: Page, urlPrefix: string): Promise<number | null>;
export function badgeText(extPage: Page, tabId: number): Promise<string>;
export function actionTitle(extPage: Page, tabId: number): Promise<string>;
