import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PAGE_SECRET_HEADER, secretEquals, type BrowserSession } from './auth';

/**
 * The customer display's credential (issue 9 §8, docs/security.md §4). A browser that typed a
 * till's one-time pairing code gets its own pair, shaped like a browser session's but kept apart:
 * an HttpOnly cookie named `tillbook_display_<port>` and a page secret handed over once in the
 * pairing answer. The pair reads the renderer's files and the display events and nothing else:
 * it never satisfies `HostAuth.mayCallApi`, so no API method accepts it.
 */
export const DISPLAY_COOKIE_PREFIX = 'tillbook_display_';
/** Older displays are dropped beyond this many (each pairing makes one). */
export const DISPLAY_SESSIONS_MAX = 4;

export const displayCookieName = (port: number): string => `${DISPLAY_COOKIE_PREFIX}${port}`;

export function displayCookieHeader(port: number, session: BrowserSession): string {
  return `${displayCookieName(port)}=${session.cookie}; HttpOnly; SameSite=Strict; Path=/`;
}

export type DisplayAuth = {
  /** A new display credential; call only after a pairing code was spent. */
  mint(): BrowserSession;
  /** The display event stream: a display cookie together with its page secret. */
  mayReadDisplay(req: IncomingMessage): boolean;
  /** The renderer's files (they hold no secret): a display cookie. */
  mayReadFiles(req: IncomingMessage): boolean;
};

function cookieValues(req: IncomingMessage, name: string): string[] {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

export function createDisplayAuth(port: number): DisplayAuth {
  const sessions: BrowserSession[] = [];
  const newSecret = (): string => randomBytes(32).toString('base64url');
  /** Every pair is compared (no early exit), in constant time. */
  const cookieMatches = (req: IncomingMessage): BrowserSession[] => {
    const values = cookieValues(req, displayCookieName(port));
    return sessions.filter((session) => values.map((value) => secretEquals(value, session.cookie)).includes(true));
  };
  return {
    mint() {
      const session = { cookie: newSecret(), page: newSecret() };
      sessions.push(session);
      if (sessions.length > DISPLAY_SESSIONS_MAX) sessions.shift();
      return session;
    },
    mayReadDisplay(req) {
      // A script's bearer token is never a display: a present Authorization header refuses.
      if (req.headers.authorization !== undefined) return false;
      const page = req.headers[PAGE_SECRET_HEADER];
      if (typeof page !== 'string') return false;
      return cookieMatches(req)
        .map((session) => secretEquals(page, session.page))
        .includes(true);
    },
    mayReadFiles: (req) => req.headers.authorization === undefined && cookieMatches(req).length > 0,
  };
}
