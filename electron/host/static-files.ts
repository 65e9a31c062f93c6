import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy, injectNonce } from '../../shared/ipc/csp';
import { sendEmpty, setBaseHeaders } from './http-util';
import { CONTENT_TYPES } from '../../shared/ipc/renderer-assets';

const INDEX = 'index.html';

/**
 * The decoded, checked path segments of a request path, or undefined when it must be a 404:
 * bad percent-encoding, NUL, backslash, or any `.`/`..` segment (encoded or not). We refuse
 * rather than normalise, so no spelling of a traversal reaches the file system.
 */
export function safeSegments(rawPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  return segments.filter((s) => s !== '');
}

/** The resolved file under `root`, or undefined if it escapes it (also through a symlink). */
async function fileInside(root: string, segments: string[]): Promise<string | undefined> {
  const candidate = resolve(root, ...segments);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const real = await realpath(candidate);
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + sep)) return undefined;
    const info = await stat(real);
    return info.isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** What the launch page adds to the one HTML response that hands over a page secret. */
export type HtmlExtras = {
  readonly headers?: Readonly<Record<string, string>>;
  /** `<meta name=… content=…>` put at the top of `<head>`; both values must be attribute-safe. */
  readonly meta?: { readonly name: string; readonly content: string };
};

const ATTRIBUTE_SAFE = /^[A-Za-z0-9_-]+$/;

function withMeta(html: string, meta: HtmlExtras['meta']): string {
  if (meta === undefined) return html;
  if (!ATTRIBUTE_SAFE.test(meta.name) || !ATTRIBUTE_SAFE.test(meta.content)) throw new Error('unsafe meta value');
  return html.replace(/<head>/i, `<head><meta name="${meta.name}" content="${meta.content}">`);
}

/** Every HTML document: a fresh nonce for Mantine's `<style>` tags, and the CSP that names it. */
async function sendHtml(req: IncomingMessage, res: ServerResponse, file: string, extras: HtmlExtras = {}): Promise<void> {
  const nonce = randomBytes(16).toString('base64');
  const html = withMeta(injectNonce(await readFile(file, 'utf8'), nonce), extras.meta);
  const body = Buffer.from(html, 'utf8');
  setBaseHeaders(res);
  for (const [name, value] of Object.entries(extras.headers ?? {})) res.setHeader(name, value);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES['.html'],
    'Content-Length': String(body.length),
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The renderer's index.html, if the build has one. */
export function indexFile(root: string): Promise<string | undefined> {
  return fileInside(root, [INDEX]);
}

/** index.html with extras (the launch page); the caller checked `indexFile` first. */
export async function sendIndex(req: IncomingMessage, res: ServerResponse, file: string, extras: HtmlExtras): Promise<void> {
  await sendHtml(req, res, file, extras);
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, type: string): Promise<void> {
  const info = await stat(file);
  setBaseHeaders(res);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * GET/HEAD of the renderer build. A path whose last segment has no extension and matches no file
 * is a client-side route and gets index.html (SPA fallback); a missing file with an extension,
 * an unknown extension, or any traversal is a 404.
 */
export async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  root: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendEmpty(res, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const segments = safeSegments(rawPath);
  if (!segments) {
    sendEmpty(res, 404);
    return;
  }
  const last = segments.at(-1);
  const extension = last === undefined ? '' : extname(last).toLowerCase();
  if (extension === '') {
    const direct = segments.length > 0 ? await fileInside(root, segments) : undefined;
    if (direct === undefined) {
      const index = await fileInside(root, [INDEX]);
      if (index === undefined) sendEmpty(res, 404);
      else await sendHtml(req, res, index);
      return;
    }
    sendEmpty(res, 404); // an extensionless file: not something the build produces
    return;
  }
  const type = CONTENT_TYPES[extension];
  const file = type === undefined ? undefined : await fileInside(root, segments);
  if (type === undefined || file === undefined) {
    sendEmpty(res, 404);
    return;
  }
  if (extension === '.html') await sendHtml(req, res, file);
  else await sendFile(req, res, file, type);
}
