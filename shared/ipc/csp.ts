/**
 * The Content-Security-Policy of every document we serve, shared by the Electron protocol handler
 * (electron/main/protocol.ts) and the web host, so both send the same header. Pure TypeScript: the
 * caller makes the nonce (16+ random bytes, base64) and passes it in.
 *
 * The nonce exists only for the <style> tags Mantine injects: renderer/index.html carries
 * `<meta name="tillbook-style-nonce" content="__TILLBOOK_NONCE__">`, the server replaces the
 * placeholder with a fresh nonce on every HTML response (`injectNonce`) and sends the same nonce
 * in the header; the renderer reads the meta tag for `MantineProvider getStyleNonce`.
 * No 'unsafe-inline', no 'unsafe-eval' (zod runs jitless, see shared/ipc/zod.ts).
 */
export const STYLE_NONCE_PLACEHOLDER = '__TILLBOOK_NONCE__';
export const STYLE_NONCE_META_NAME = 'tillbook-style-nonce';

/** base64 or base64url, at least 16 characters (≥ 96 bits), nothing that could end a directive. */
const NONCE_PATTERN = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function isValidNonce(nonce: string): boolean {
  return NONCE_PATTERN.test(nonce);
}

function assertNonce(nonce: string): void {
  if (!isValidNonce(nonce)) throw new Error('CSP nonce must be at least 16 base64 characters');
}

export function contentSecurityPolicy(nonce: string): string {
  assertNonce(nonce);
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Replaces every placeholder in an HTML document with the nonce of this response. */
export function injectNonce(html: string, nonce: string): string {
  assertNonce(nonce);
  return html.replaceAll(STYLE_NONCE_PLACEHOLDER, nonce);
}
