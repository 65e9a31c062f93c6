// The renderer is served from `app://tillbook/` instead of file:// (docs/security.md §2.6): a real
// origin for CSP 'self' and ES modules, files from the built renderer directory only, and the CSP
// as a response header. The request logic lives in platform/renderer-files.ts.
import { protocol, type Session } from 'electron';

import { APP_SCHEME } from './platform/app-origin';
import { serveRendererRequest } from './platform/renderer-files';

/**
 * Must run before `app` is ready, exactly once (a second call replaces the first list).
 * standard: a real origin and relative URLs; secure: a secure context like https. Not
 * `corsEnabled` (it would let other origins read our files) and not `bypassCSP`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** After ready: answers `app://` on the session our windows use. */
export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererDir, request));
}
