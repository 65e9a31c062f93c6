import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'tillbook_session';

/**
 * The secrets of one start of the web host: the token printed once in the URL (also accepted as
 * `Authorization: Bearer`), and a different session secret that only ever travels in the
 * HttpOnly cookie the token is exchanged for.
 */
export type HostSecrets = { readonly token: string; readonly session: string };

export function newSecrets(): HostSecrets {
  return { token: randomBytes(32).toString('base64url'), session: randomBytes(32).toString('base64url') };
}

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

/** Every value of our cookie in the `Cookie` header (a stale one may sit beside the live one). */
export function sessionCookies(req: IncomingMessage): string[] {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/** A request is authorised by the bearer token or by the session cookie; nothing else. */
export function isAuthorised(req: IncomingMessage, secrets: HostSecrets): boolean {
  const bearer = bearerToken(req);
  if (bearer !== undefined) return secretEquals(bearer, secrets.token);
  let found = false;
  for (const value of sessionCookies(req)) {
    // No early exit: every candidate is compared.
    if (secretEquals(value, secrets.session)) found = true;
  }
  return found;
}

export function sessionCookieHeader(secrets: HostSecrets): string {
  return `${SESSION_COOKIE}=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`;
}
