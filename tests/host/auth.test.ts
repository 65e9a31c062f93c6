// Browser mode's credentials (issue 7 §1, docs/security.md §4). Before this, the session cookie
// alone authorised the API, and a cookie for 127.0.0.1 reaches every other port of the machine:
// "cookie alone → 401" below fails on that code. The `?token=` link also stayed valid for the
// host's lifetime: "a used launch link is refused" fails on it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SESSIONS_MAX } from '../../electron/host/auth';
import { JSON_HEADERS, launchBrowser, send, startTestHost, type BrowserCredentials, type TestHost } from './support';

let t: TestHost;
let firstLink: Awaited<ReturnType<typeof openLink>>;
beforeAll(async () => {
  t = await startTestHost();
  // Before any test mints a new link (which would replace this one).
  firstLink = await openLink(t.host.url);
});
afterAll(async () => {
  await t.close();
});

const status = (headers: Record<string, string> = {}, path = '/api/system.status') =>
  send(t.host.port, { method: 'POST', path, headers: { ...JSON_HEADERS, ...headers }, body: '{}' });
const pathOf = (url: string): string => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};
const openLink = (url: string, headers: Record<string, string> = {}) =>
  send(t.host.port, { path: pathOf(url), headers: { 'Sec-Fetch-Site': 'none', ...headers } });
const other = (secret: string): string => `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;

describe('the banner credentials', () => {
  it('a launch link on 127.0.0.1 and a separate API token, both 32 random bytes', () => {
    expect(t.host.url).toBe(`http://127.0.0.1:${t.host.port}/?launch=${t.host.token}`);
    expect(Buffer.from(t.host.token, 'base64url')).toHaveLength(32);
    expect(Buffer.from(t.host.apiToken, 'base64url')).toHaveLength(32);
    expect(t.host.apiToken).not.toBe(t.host.token);
  });
});

describe('the API token (scripts)', () => {
  it('is accepted as Authorization: Bearer', async () => {
    const reply = await status(t.bearer);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echo: {} } });
    expect(t.calls.at(-1)).toEqual({ key: 'system.status', input: {}, transport: 'http' });
  });

  it('is refused in a query string, for the API, the events stream and the launch route', async () => {
    const before = t.calls.length;
    for (const path of [
      `/api/system.status?token=${t.host.apiToken}`,
      `/api/system.status?access_token=${t.host.apiToken}`,
      `/api/system.status?${t.host.apiToken}`,
    ]) {
      const reply = await status({}, path);
      expect(reply.status, path).toBe(401);
      expect(reply.body).toBe('');
    }
    expect((await send(t.host.port, { path: `/api/events?token=${t.host.apiToken}` })).status).toBe(401);
    const asLaunch = await openLink(`${t.host.origin}/?launch=${t.host.apiToken}`);
    expect(asLaunch.status).toBe(401);
    expect(asLaunch.headers['set-cookie']).toBeUndefined();
    expect(t.calls).toHaveLength(before);
  });

  it('with a query string beside a valid bearer, the call is refused (400) and not dispatched', async () => {
    const before = t.calls.length;
    const reply = await status(t.bearer, `/api/system.status?token=${t.host.apiToken}`);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.calls).toHaveLength(before);
  });

  it('nothing else is a bearer: wrong, empty, Basic, or the launch token', async () => {
    for (const headers of [
      { Authorization: `Bearer ${other(t.host.apiToken)}` },
      { Authorization: 'Bearer ' },
      { Authorization: `Basic ${t.host.apiToken}` },
      { Authorization: `Bearer ${t.host.token}` },
    ]) {
      const reply = await status(headers);
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.body).toBe('');
    }
  });

  it('mints a new launch link at POST /launch-links, for the bearer only', async () => {
    const minted = await send(t.host.port, { method: 'POST', path: '/launch-links', headers: t.bearer });
    expect(minted.status).toBe(200);
    const url = (JSON.parse(minted.body) as { value: { url: string } }).value.url;
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${t.host.port}/\\?launch=[A-Za-z0-9_-]{43}$`));
    const browser = await launchBrowser(t.host, url);
    expect((await status(browser.both)).status).toBe(200);
    expect((await send(t.host.port, { method: 'POST', path: '/launch-links', headers: browser.both })).status).toBe(401);
    expect((await send(t.host.port, { method: 'POST', path: '/launch-links' })).status).toBe(401);
  });
});

describe('the launch link and the browser session', () => {
  let browser: BrowserCredentials;

  beforeAll(() => {
    expect(firstLink.status).toBe(200);
    const cookieLine = firstLink.headers['set-cookie']?.[0] ?? '';
    const page = /<meta name="tillbook-page-secret" content="([A-Za-z0-9_-]+)">/.exec(firstLink.body)?.[1] ?? '';
    const cookie = { Cookie: cookieLine.split(';')[0] ?? '' };
    browser = { cookie, page: { 'X-Tillbook-Page': page }, both: { ...cookie, 'X-Tillbook-Page': page }, url: t.host.url };
  });

  it('is exchanged for the app page with an HttpOnly, per-port cookie and a page secret in a meta tag', () => {
    expect(firstLink.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(firstLink.headers['cache-control']).toBe('no-store');
    expect(firstLink.headers['content-security-policy']).toContain("script-src 'self'");
    const setCookie = firstLink.headers['set-cookie'];
    expect(setCookie).toHaveLength(1);
    const match = new RegExp(`^tillbook_session_${t.host.port}=([A-Za-z0-9_-]{43}); HttpOnly; SameSite=Strict; Path=/$`).exec(
      setCookie?.[0] ?? '',
    );
    expect(match).not.toBeNull();
    const cookie = match?.[1] ?? '';
    const page = browser.page['X-Tillbook-Page'] ?? '';
    expect(Buffer.from(page, 'base64url')).toHaveLength(32);
    expect(new Set([cookie, page, t.host.token, t.host.apiToken]).size).toBe(4);
  });

  it('the cookie alone (what another local port receives) gets 401 and is never dispatched', async () => {
    const before = t.calls.length;
    for (const headers of [browser.cookie, { ...browser.cookie, Origin: t.host.origin, 'Sec-Fetch-Site': 'same-origin' }]) {
      const reply = await status(headers);
      expect(reply.status).toBe(401);
      expect(reply.body).toBe('');
    }
    expect((await send(t.host.port, { path: '/api/events', headers: browser.cookie })).status).toBe(401);
    expect(t.calls).toHaveLength(before);
  });

  it('the page secret alone, or with a wrong cookie, gets 401', async () => {
    expect((await status(browser.page)).status).toBe(401);
    const wrongCookie = { Cookie: `tillbook_session_${t.host.port}=${other(browser.cookie.Cookie?.split('=')[1] ?? '')}` };
    expect((await status({ ...wrongCookie, ...browser.page })).status).toBe(401);
    const wrongPage = { 'X-Tillbook-Page': other(browser.page['X-Tillbook-Page'] ?? '') };
    expect((await status({ ...browser.cookie, ...wrongPage })).status).toBe(401);
  });

  it('the cookie together with its page secret is accepted, as our page sends them', async () => {
    const reply = await status({ ...browser.both, Origin: t.host.origin, 'Sec-Fetch-Site': 'same-origin' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    // beside other cookies, and beside a stale value of ours
    const crowded = { ...browser.page, Cookie: `other=1; tillbook_session_${t.host.port}=stale; ${browser.cookie.Cookie}` };
    expect((await status(crowded)).status).toBe(200);
  });

  it('the cookie reads the renderer files (they hold no secret); nothing else does', async () => {
    expect((await send(t.host.port, { path: '/', headers: browser.cookie })).status).toBe(200);
    expect((await send(t.host.port, { path: '/assets/app.js', headers: browser.cookie })).status).toBe(200);
    for (const path of ['/', '/assets/app.js']) {
      const reply = await send(t.host.port, { path });
      expect(reply.status).toBe(401);
      expect(reply.body).toBe('');
    }
    // Only the launch page carries the page secret.
    expect((await send(t.host.port, { path: '/', headers: browser.cookie })).body).not.toContain('tillbook-page-secret');
  });

  it('a used launch link is refused with a clear page and no cookie; the session it made still works', async () => {
    const again = await openLink(t.host.url);
    expect(again.status).toBe(401);
    expect(again.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(again.body).toContain('This Tillbook link has been used already');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).not.toContain('tillbook-page-secret');
    // even with the session's own cookie
    expect((await openLink(t.host.url, browser.cookie)).status).toBe(401);
    expect((await status(browser.both)).status).toBe(200);
  });

  it('a wrong bearer is refused even beside a valid cookie and page secret', async () => {
    expect((await status({ ...browser.both, Authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('a new link replaces one not used yet; a wrong token spends nothing', async () => {
    const stale = t.host.newLaunchUrl();
    const fresh = t.host.newLaunchUrl();
    expect((await openLink(stale)).status).toBe(401);
    expect((await openLink(`${t.host.origin}/?launch=${other(new URL(fresh).searchParams.get('launch') ?? '')}`)).status).toBe(401);
    expect((await openLink(fresh)).status).toBe(200);
  });

  it('HEAD and speculative loads (prefetch, prerender) do not spend the link', async () => {
    const url = t.host.newLaunchUrl();
    expect((await send(t.host.port, { method: 'HEAD', path: pathOf(url) })).status).toBe(405);
    expect((await openLink(url, { 'Sec-Purpose': 'prefetch;prerender' })).status).toBe(503);
    expect((await openLink(url, { Purpose: 'prefetch' })).status).toBe(503);
    const browserB = await launchBrowser(t.host, url);
    expect((await status(browserB.both)).status).toBe(200);
    // one session's page secret does not go with another session's cookie
    expect((await status({ ...browser.cookie, ...browserB.page })).status).toBe(401);
  });

  it(`keeps at most ${BROWSER_SESSIONS_MAX} browser sessions, dropping the oldest`, async () => {
    const sessions: BrowserCredentials[] = [];
    for (let i = 0; i <= BROWSER_SESSIONS_MAX; i += 1) sessions.push(await launchBrowser(t.host));
    expect((await status(sessions[0]?.both ?? {})).status).toBe(401);
    for (const session of sessions.slice(1)) expect((await status(session.both)).status).toBe(200);
  });
});
