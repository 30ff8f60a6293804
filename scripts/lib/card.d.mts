// Types for card.mjs (used from the TypeScript e2e suite).
import type { Page } from 'puppeteer-core';
import type { BrowserKind } from './launch.mjs';
export interface TreeNode {
  tag: string;
  attrs: Record<string, string>;
  children: TreeNode[];
  text: string;
}
export interface CardReading {
  claimId: string | null;
  label: string | null;
  claim: string | null;
  value: string | null;
  conversion: string | null;
  caveats: { severity: string | null; rule: string | null; text: string }[];
  text: string;
}
export function pierceDocument(page: Page, kind: BrowserKind): Promise<TreeNode>;
export function findAll(node: TreeNode, pred: (n: TreeNode) => boolean, out?: TreeNode[]): TreeNode[];
export function hasClass(node: TreeNode, cls: string): boolean;
export function textOf(node: TreeNode): string;
export function readCard(page: Page, kind: BrowserKind): Promise<CardReading | null>;
export function waitForCard(
  page: Page,
  kind: BrowserKind,
  pred?: (c: CardReading) => boolean,
  timeout?: number,
): Promise<CardReading>;
