import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_HEADERS, send, startTestHost, type TestHost } from './support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.close();
});

const status = (headers: Record<string, string> = {}) =>
  send(t.host.port, { method: 'POST', path: '/api/system.status', headers: { ...JSON_HEADERS, ...headers }, body: '{}' });

describe('web host authentication', () => {
  it('prints a URL on 127.0.0.1 with a 32-byte token', () => {
    expect(t.host.url).toBe(`http://127.0.0.1:${t.host.port}/?token=${t.host.token}`);
    expect(Buffer.from(t.host.token, 'base64url')).toHaveLength(32);
  });

  it('answers 401 with no body without a token, for the API and for static files', async () => {
    for (const reply of [await status(), await send(t.host.port, { path: '/' }), await send(t.host.port, { path: '/assets/app.js' })]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toBe('');
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect(t.calls).toHaveLength(0);
  });

  it('answers 401 to a wrong bearer token, a wrong cookie and a token-shaped cookie', async () => {
    const wrong = `${t.host.token.slice(0, -1)}${t.host.token.endsWith('A') ? 'B' : 'A'}`;
    for (const headers of [
      { Authorization: `Bearer ${wrong}` },
      { Authorization: 'Bearer ' },
      { Authorization: `Basic ${t.host.token}` },
      { Cookie: 'tillbook_session=nope' },
      // the token itself is not a session secret
      { Cookie: `tillbook_session=${t.host.token}` },
    ]) {
      const reply = await status(headers);
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.body).toBe('');
    }
    expect(t.calls).toHaveLength(0);
  });

  it('accepts the bearer token', async () => {
    const reply = await status(t.bearer);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echo: {} } });
    expect(t.calls.at(-1)).toEqual({ key: 'system.status', input: {}, transport: 'http' });
  });

  it('swaps ?token= for an HttpOnly SameSite=Strict session cookie and 303-redirects to /', async () => {
    const swap = await send(t.host.port, { path: `/?token=${encodeURIComponent(t.host.token)}` });
    expect(swap.status).toBe(303);
    expect(swap.headers.location).toBe('/');
    expect(swap.body).toBe('');
    const setCookie = swap.headers['set-cookie'];
    expect(setCookie).toHaveLength(1);
    const match = /^tillbook_session=([A-Za-z0-9_-]+); HttpOnly; SameSite=Strict; Path=\/$/.exec(setCookie?.[0] ?? '');
    expect(match).not.toBeNull();
    const session = match?.[1] ?? '';
    expect(session).not.toBe(t.host.token);
    expect(Buffer.from(session, 'base64url')).toHaveLength(32);

    const cookie = { Cookie: `other=1; tillbook_session=${session}` };
    const page = await send(t.host.port, { path: '/', headers: cookie });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const asset = await send(t.host.port, { path: '/assets/app.js', headers: cookie });
    expect(asset.status).toBe(200);
    const call = await status({ ...cookie, Origin: t.host.origin, 'Sec-Fetch-Site': 'same-origin' });
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });

  it('refuses a wrong ?token= with 401 and no cookie', async () => {
    const reply = await send(t.host.port, { path: '/?token=not-the-token' });
    expect(reply.status).toBe(401);
    expect(reply.body).toBe('');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('a wrong bearer is refused even beside a valid cookie', async () => {
    const swap = await send(t.host.port, { path: `/?token=${t.host.token}` });
    const session = /tillbook_session=([^;]+)/.exec(swap.headers['set-cookie']?.[0] ?? '')?.[1] ?? '';
    const reply = await status({ Cookie: `tillbook_session=${session}`, Authorization: 'Bearer wrong' });
    expect(reply.status).toBe(401);
  });
});
