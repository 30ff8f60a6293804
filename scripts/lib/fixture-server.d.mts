// Types for fixture-server.mjs (used from the TypeScript e2e suite).
export interface Route {
  file?: string;
  body?: string;
  type?: string;
}
export type Routes = Record<string, Route>;
export interface LoggedRequest {
  method: string;
  url: string;
  kind: 'proxy' | 'direct' | 'connect';
}
export interface FixtureServer {
  port: number;
  requests: LoggedRequest[];
  reset(): void;
  close(): Promise<void>;
}
export function startFixtureServer(routes: Routes): Promise<FixtureServer>;
export function classifyRequests(
  requests: LoggedRequest[],
  routes: Routes,
  browserHosts?: string[],
): { served: LoggedRequest[]; browser: LoggedRequest[]; other: LoggedRequest[] };
export const BROWSER_HOSTS: string[];
