// A local web server that answers for real site names (directly, or as an HTTP proxy) and logs every request,
// so the demo and the e2e suite can load "http://www.hankyung.com/..." offline and check the extension makes none.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * routes: { "http://www.hankyung.com/article/1": { file } | { body, type } }.
 * Returns { port, requests, close, reset }; requests is a live array of { method, url, kind }.
 */
export async function startFixtureServer(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    // A proxied request carries the absolute URL; a direct one (host-resolver rules) only the path and a Host header.
    const proxied = /^https?:\/\//.test(req.url ?? '');
    const url = proxied ? req.url : `http://${req.headers.host}${req.url}`;
    requests.push({ method: req.method ?? 'GET', url, kind: proxied ? 'proxy' : 'direct' });
    const key = url.split('#')[0].split('?')[0];
    const route = routes[key];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = route.file ? readFileSync(route.file) : Buffer.from(route.body ?? '', 'utf8');
    const ext = (route.file ?? key).split('.').pop();
    res.writeHead(200, {
      'content-type': route.type ?? TYPES[ext] ?? TYPES.html,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  // HTTPS through the proxy arrives as CONNECT: log the host, refuse the tunnel (everything here is plain HTTP).
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url}`, kind: 'connect' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    reset: () => requests.splice(0, requests.length),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * Splits logged requests into the browser's own background traffic (allow-listed hosts), page loads that were served,
 * and everything else — which, with a page that loads nothing else, can only come from the extension.
 */
export function classifyRequests(requests, routes, browserHosts = BROWSER_HOSTS) {
  const served = [];
  const browser = [];
  const other = [];
  for (const r of requests) {
    let host = '';
    try {
      host = new URL(r.url).hostname;
    } catch {
      other.push(r);
      continue;
    }
    const key = r.url.split('#')[0].split('?')[0];
    if (routes[key]) served.push(r);
    else if (browserHosts.some((h) => host === h || host.endsWith(`.${h}`))) browser.push(r);
    else if (new URL(r.url).pathname === '/favicon.ico') browser.push(r);
    else other.push(r);
  }
  return { served, browser, other };
}

/** Hosts the browsers themselves contact in the background (settings, safe browsing, updates, captive portal). */
export const BROWSER_HOSTS = [
  'mozilla.com',
  'mozilla.net',
  'mozilla.org',
  'firefox.com',
  'mozaws.net',
  'google.com',
  'googleapis.com',
  'gstatic.com',
  'gvt1.com',
  'googleusercontent.com',
  'detectportal.firefox.com',
];
