/**
 * Our one origin: the renderer is served from `app://tillbook/` (protocol.ts) and IPC is only
 * answered for frames showing it (ipc/router.ts). For a custom scheme the WHATWG `origin` is the
 * string "null", so callers compare `protocol` and `host` of a parsed URL — never a prefix.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tillbook';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses `url` and accepts exactly `app://tillbook/…`: no credentials, no port, no look-alikes. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
