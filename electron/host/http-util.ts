import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/domain/result';

/**
 * Headers every response of the web host carries, whatever its status. No CORS header is ever
 * sent: the renderer is same-origin, and nothing else may read our answers.
 */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function setBaseHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
}

/** A response with no body at all (401, 403, 421, 405 …). */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  setBaseHeaders(res);
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', '0');
  res.writeHead(status);
  res.end();
}

/** A JSON `Result` (API answers and API transport errors alike). */
export function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(result), 'utf8');
  setBaseHeaders(res);
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', String(body.length));
  res.writeHead(status);
  res.end(body);
}

/** The path of the request target, still percent-encoded; undefined for anything but origin-form. */
export function requestPath(req: IncomingMessage): { path: string; query: URLSearchParams } | undefined {
  const target = req.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
  return { path, query };
}
