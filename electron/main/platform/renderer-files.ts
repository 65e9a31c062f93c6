import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

import { contentSecurityPolicy, injectNonce } from '../../../shared/ipc/csp';
import { CONTENT_TYPES } from '../../../shared/ipc/renderer-assets';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * What `app://tillbook/…` answers (docs/security.md §2.6), without Electron so it can be tested in
 * plain Node: files from the built renderer directory only, the path decoded and normalised, and
 * 404 for a `..` escape, an unknown extension, a missing file or anything odd. Every response
 * carries the CSP header; an HTML document gets a fresh style nonce, also written into the page.
 */
export const ENTRY_FILE = 'index.html';

/** One path segment of a built asset: no dot files, no separators, no drive letters, no `%`. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._@+-]*$/;

export type NonceSource = () => string;
export const randomNonce: NonceSource = () => randomBytes(18).toString('base64');

/** The file a request URL names inside `rootDir`, or undefined when it must be a 404. */
export function resolveRendererPath(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  // Checked after decoding, so `%2e%2e%2f`, `%5c` and `%00` cannot smuggle an escape through.
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) segments.push(ENTRY_FILE);
  if (!segments.every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment))) return undefined;
  const extension = extname(segments[segments.length - 1] ?? '').toLowerCase();
  if (!Object.hasOwn(CONTENT_TYPES, extension)) return undefined;
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}

export function securityHeaders(nonce: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export function notFound(nonce: string): Response {
  return new Response('not found', { status: 404, headers: securityHeaders(nonce, 'text/plain; charset=utf-8') });
}

/** The whole handler: GET/HEAD only, then the file or a 404. Never throws. */
export async function serveRendererRequest(
  rootDir: string,
  request: Pick<Request, 'url' | 'method'>,
  makeNonce: NonceSource = randomNonce,
): Promise<Response> {
  const nonce = makeNonce();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...securityHeaders(nonce, 'text/plain'), Allow: 'GET, HEAD' } });
  }
  const file = resolveRendererPath(rootDir, request.url);
  if (file === undefined) return notFound(nonce);
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  if (!isFile) return notFound(nonce);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound(nonce);
  }
  const extension = extname(file).toLowerCase();
  const headers = securityHeaders(nonce, CONTENT_TYPES[extension] ?? 'application/octet-stream');
  const payload = extension === '.html' ? injectNonce(body.toString('utf8'), nonce) : new Uint8Array(body);
  return new Response(request.method === 'HEAD' ? null : payload, { status: 200, headers });
}
