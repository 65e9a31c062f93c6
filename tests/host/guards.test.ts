import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_HEADERS, send, startTestHost, type TestHost } from './support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.close();
});

const call = (headers: Record<string, string | undefined>) =>
  send(t.host.port, {
    method: 'POST',
    path: '/api/system.status',
    headers: { ...JSON_HEADERS, ...t.bearer, ...headers },
    body: '{}',
  });

describe('Host and Origin guards', () => {
  it('accepts Host 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await call({ Host: `127.0.0.1:${t.host.port}` })).status).toBe(200);
    expect((await call({ Host: `localhost:${t.host.port}` })).status).toBe(200);
    expect((await call({ Host: `LOCALHOST:${t.host.port}` })).status).toBe(200);
  });

  it('rejects any other Host (DNS rebinding) before authentication, with no body', async () => {
    const port = t.host.port;
    const before = t.calls.length;
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      '127.0.0.1',
      'localhost',
      `127.0.0.1:${port + 1}`,
      `127.0.0.2:${port}`,
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.1:${port}.evil.example`,
      `localhost.:${port}`,
    ]) {
      const reply = await call({ Host: host });
      expect(reply.status, host).toBe(421);
      expect(reply.body).toBe('');
    }
    // also for the page and without any credentials
    const page = await send(t.host.port, { path: `/?launch=${t.host.token}`, headers: { Host: `attacker.example:${port}` } });
    expect(page.status).toBe(421);
    expect(page.headers['set-cookie']).toBeUndefined();
    // the refused request did not spend the launch link
    expect((await send(t.host.port, { path: `/?launch=${t.host.token}`, headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect(t.calls).toHaveLength(before);
  });

  it('rejects a request without Host', async () => {
    // node:http itself refuses HTTP/1.1 without Host (400); our check would say 421.
    const reply = await call({ Host: undefined });
    expect([400, 421]).toContain(reply.status);
  });

  it('accepts our own Origin and rejects every other one with 403', async () => {
    const port = t.host.port;
    expect((await call({ Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await call({ Origin: `http://localhost:${port}`, Host: `localhost:${port}` })).status).toBe(200);
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${port + 1}`,
      `http://localhost:${port}`, // not the Host this request went to
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port}/`,
      `http://127.0.0.1:${port}.evil.example`,
    ]) {
      const reply = await call({ Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.body).toBe('');
    }
  });

  it('rejects requests the browser marks as coming from another site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      expect((await call({ 'Sec-Fetch-Site': site })).status, site).toBe(403);
    }
    expect((await call({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await send(t.host.port, { path: `/?launch=${t.host.token}`, headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(200);
  });

  it('sends no CORS headers, even to a preflight', async () => {
    const calls = [await call({ Origin: t.host.origin }), await call({ Origin: 'https://evil.example' })];
    const preflights = [
      await send(t.host.port, {
        method: 'OPTIONS',
        path: '/api/system.status',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
      await send(t.host.port, { method: 'OPTIONS', path: '/api/system.status', headers: t.bearer }),
    ];
    expect(calls.map((r) => r.status)).toEqual([200, 403]);
    expect(preflights.map((r) => r.status)).toEqual([403, 405]);
    for (const reply of [...calls, ...preflights]) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses an absolute-form request target', async () => {
    const reply = await send(t.host.port, { path: `http://127.0.0.1:${t.host.port}/api/system.status`, method: 'POST', headers: { ...t.bearer, ...JSON_HEADERS }, body: '{}' });
    expect(reply.status).toBe(400);
  });
});
