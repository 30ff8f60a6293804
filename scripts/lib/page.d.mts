// Types for page.mjs (used from the TypeScript e2e suite).
import type { Page } from 'puppeteer-core';
import type { ListReply } from '../../src/shared/messages.js';
export function clickText(page: Page, text: string, scope?: string): Promise<{ x: number; y: number }>;
export function listClaims(extPage: Page, tabId: number): Promise<ListReply>;
