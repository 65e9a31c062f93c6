import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, send, startTestHost, waitFor, type TestHost } from './support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost({ heartbeatMs: 50 });
});
afterAll(async () => {
  await t.close();
});

type Stream = { res: IncomingMessage; text: () => string; close: () => void };

function openStream(headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port: t.host.port,
      path: '/api/events',
      headers: { Host: `127.0.0.1:${t.host.port}`, Accept: 'text/event-stream', ...headers },
      agent: false,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
      });
      res.on('error', () => undefined);
      resolve({ res, text: () => buffer, close: () => req.destroy() });
    });
    req.end();
  });
}

describe('GET /api/events (SSE)', () => {
  it('needs the API token or the cookie with its page secret; the cookie alone is 401', async () => {
    const browser = await launchBrowser(t.host);
    for (const headers of [{}, browser.cookie, browser.page]) {
      const reply = await send(t.host.port, { path: '/api/events', headers });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.body).toBe('');
    }
    expect(t.hub.live).toBe(0);
  });

  it('streams emitted events as `event:`/`data:` frames, with heartbeats, and unsubscribes on close', async () => {
    const stream = await openStream(t.bearer);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.res.headers['cache-control']).toBe('no-store');
    expect(stream.res.headers['access-control-allow-origin']).toBeUndefined();
    await waitFor(() => stream.text().includes(': connected\n\n'));
    expect(t.hub.live).toBe(1);

    t.hub.emit('ledger.changed', { headSeq: 7 });
    t.hub.emit('session.locked', { reason: 'idle' });
    await waitFor(() => stream.text().includes('session.locked'));
    expect(stream.text()).toContain('event: ledger.changed\ndata: {"headSeq":7}\n\n');
    expect(stream.text()).toContain('event: session.locked\ndata: {"reason":"idle"}\n\n');
    await waitFor(() => stream.text().includes(': heartbeat\n\n'));

    stream.close();
    await waitFor(() => t.hub.live === 0);
    expect(() => t.hub.emit('ledger.changed', { headSeq: 8 })).not.toThrow();
  });

  it('works with the session cookie and page secret, and fans out to several clients', async () => {
    const browser = await launchBrowser(t.host);
    const a = await openStream({ ...browser.both, Origin: t.host.origin });
    const b = await openStream(t.bearer);
    await waitFor(() => t.hub.live === 2);
    t.hub.emit('session.changed', { state: 'active' });
    for (const s of [a, b]) await waitFor(() => s.text().includes('event: session.changed\ndata: {"state":"active"}\n\n'));
    a.close();
    b.close();
    await waitFor(() => t.hub.live === 0);
  });

  it('answers other methods with 405 Allow: GET', async () => {
    const reply = await send(t.host.port, { method: 'POST', path: '/api/events', headers: t.bearer, body: '' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET');
  });

  it('ends open streams when the host closes', async () => {
    const other = await startTestHost();
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port: other.host.port,
        path: '/api/events',
        headers: { Host: `127.0.0.1:${other.host.port}`, ...other.bearer },
        agent: false,
      });
      req.on('error', () => undefined);
      req.on('response', resolve);
      req.on('timeout', reject);
      req.end();
    });
    const ended = new Promise<void>((resolve) => stream.on('close', () => resolve()));
    stream.resume();
    await waitFor(() => other.hub.live === 1);
    await other.close();
    await ended;
    expect(other.hub.live).toBe(0);
  });
});
