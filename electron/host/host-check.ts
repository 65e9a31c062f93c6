import type { IncomingMessage } from 'node:http';

/**
 * DNS rebinding and cross-origin guards (docs/security.md §4). A rebinding page reaches
 * us with its own name in `Host`; a page of another origin (including another port on
 * 127.0.0.1, which is the same *site*, so SameSite cookies do not stop it) sends its `Origin`.
 */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** The validated, lower-cased Host, or undefined if it is not one of ours. */
export function checkHost(req: IncomingMessage, port: number): string | undefined {
  const raw = req.headers.host;
  if (typeof raw !== 'string') return undefined;
  const host = raw.toLowerCase();
  return allowedHosts(port).has(host) ? host : undefined;
}

/**
 * True if the request may come from our own page. `Origin`, when present, must be exactly
 * `http://<the Host it was sent to>`; `Origin: null` (sandboxed frames, file://, some redirects)
 * is refused. Fetch metadata, when the browser sends it, must not say another site made it.
 */
export function checkOrigin(req: IncomingMessage, host: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  return true;
}
