import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser mode's credentials (docs/security.md §4). A browser sends a cookie for `127.0.0.1` to
 * every port of that host, so whatever a cookie carries reaches any other local server the user
 * visits. The cookie therefore never suffices on its own: an API call from the page needs the
 * cookie *and* the page secret in a header, which only our own origin's script can read (it sits
 * in that tab's `sessionStorage`). Both come from exchanging a one-time launch token. Scripts use
 * a separate API token, accepted only as `Authorization: Bearer`.
 */
export const SESSION_COOKIE_PREFIX = 'tillbook_session_';
/** The request header that carries the page secret; the renderer's transport sends it. */
export const PAGE_SECRET_HEADER = 'x-tillbook-page';
/** The meta tag of the one page that hands the page secret to the renderer. */
export const PAGE_SECRET_META = 'tillbook-page-secret';
/** Old browser sessions are dropped beyond this many (one per launch link used). */
export const BROWSER_SESSIONS_MAX = 4;

/** One launch link exchanged: the cookie's value and the page's header value. */
export type BrowserSession = { readonly cookie: string; readonly page: string };

const newSecret = (): string => randomBytes(32).toString('base64url');
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time equality: both sides are hashed first, so lengths never differ. */
export function secretEquals(candidate: string, secret: string): boolean {
  return timingSafeEqual(digest(candidate), digest(secret));
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header);
  return match?.[1];
}

/** The cookie name carries the port, so two hosts on one machine never overwrite each other's. */
export const sessionCookieName = (port: number): string => `${SESSION_COOKIE_PREFIX}${port}`;

/** Every value of our cookie in the `Cookie` header (a stale one may sit beside the live one). */
export function sessionCookies(req: IncomingMessage, port: number): string[] {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return [];
  const name = sessionCookieName(port);
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

export function sessionCookieHeader(port: number, session: BrowserSession): string {
  return `${sessionCookieName(port)}=${session.cookie}; HttpOnly; SameSite=Strict; Path=/`;
}

export type HostAuth = {
  /** For scripts: `Authorization: Bearer <apiToken>`; printed once in the banner. */
  readonly apiToken: string;
  /** A fresh one-time launch token; it replaces one not used yet (one link is live at a time). */
  newLaunchToken(): string;
  /** Spends the launch token: the first matching call gets a session, every later one nothing. */
  exchange(candidate: string): BrowserSession | undefined;
  /** `/api/**`: the bearer API token, or a session's cookie together with its page secret. */
  mayCallApi(req: IncomingMessage): boolean;
  /** The renderer's files: the bearer API token or a session cookie (the files hold no secret). */
  mayReadFiles(req: IncomingMessage): boolean;
};

export function createHostAuth(port: number): HostAuth {
  const apiToken = newSecret();
  let launch: string | undefined;
  const sessions: BrowserSession[] = [];

  /** undefined: no bearer header; otherwise whether it is the API token. */
  const bearerVerdict = (req: IncomingMessage): boolean | undefined => {
    if (req.headers.authorization === undefined) return undefined;
    const bearer = bearerToken(req);
    return bearer !== undefined && secretEquals(bearer, apiToken);
  };
  /** Sessions whose cookie the request carries; every pair is compared, no early exit. */
  const cookieMatches = (req: IncomingMessage): BrowserSession[] => {
    const values = sessionCookies(req, port);
    return sessions.filter((session) => values.map((value) => secretEquals(value, session.cookie)).includes(true));
  };

  return {
    apiToken,
    newLaunchToken: () => (launch = newSecret()),
    exchange(candidate) {
      if (launch === undefined || !secretEquals(candidate, launch)) return undefined;
      launch = undefined; // spent before anything else can run
      const session = { cookie: newSecret(), page: newSecret() };
      sessions.push(session);
      if (sessions.length > BROWSER_SESSIONS_MAX) sessions.shift();
      return session;
    },
    mayCallApi(req) {
      const bearer = bearerVerdict(req);
      if (bearer !== undefined) return bearer;
      const page = req.headers[PAGE_SECRET_HEADER];
      if (typeof page !== 'string') return false;
      return cookieMatches(req)
        .map((session) => secretEquals(page, session.page))
        .includes(true);
    },
    mayReadFiles(req) {
      const bearer = bearerVerdict(req);
      if (bearer !== undefined) return bearer;
      return cookieMatches(req).length > 0;
    },
  };
}
