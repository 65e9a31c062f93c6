import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAYLOAD_BYTES_MAX } from '../../shared/ipc/limits';
import { JSON_HEADERS, send, startTestHost, type TestHost } from './support';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.calls.length = 0;
});

const post = (path: string, body: string | Buffer | Buffer[], headers: Record<string, string | undefined> = JSON_HEADERS) =>
  send(t.host.port, { method: 'POST', path, headers: { ...t.bearer, ...headers }, body });

describe('POST /api/<domain.verb>', () => {
  it('passes the parsed body to dispatch with transport http and answers the Result with no-store', async () => {
    const reply = await post('/api/settings.update', JSON.stringify({ theme: 'dark' }), {
      'Content-Type': 'application/json; charset=UTF-8',
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echo: { theme: 'dark' } } });
    expect(t.calls).toEqual([{ key: 'settings.update', input: { theme: 'dark' }, transport: 'http' }]);
  });

  it('answers a domain error with 200 and ok:false', async () => {
    const reply = await post('/api/ledger.verify', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'sign in first' } });
  });

  it('answers an unknown call with 404 and a not_found Result, without dispatching', async () => {
    for (const path of ['/api/nope.nothing', '/api/constructor', '/api/__proto__', '/api/', '/api/system.status/x']) {
      const reply = await post(path, '{}');
      expect(reply.status, path).toBe(404);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(t.calls).toHaveLength(0);
  });

  it('answers any other method with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const reply = await send(t.host.port, { method, path: '/api/x.y', headers: t.bearer });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    }
    const get = await send(t.host.port, { path: '/api/system.status', headers: t.bearer });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(t.calls).toHaveLength(0);
  });

  it('refuses a body whose Content-Length is over the cap with 413 before reading it', async () => {
    // Only the header claims a big body: the answer must come without waiting for it.
    const reply = await post('/api/system.status', Buffer.alloc(0), {
      ...JSON_HEADERS,
      'Content-Length': String(PAYLOAD_BYTES_MAX + 1),
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(t.calls).toHaveLength(0);
  });

  it('refuses an oversize chunked body (no Content-Length) with 413 by counting bytes', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const chunks = Array.from({ length: Math.ceil(PAYLOAD_BYTES_MAX / chunk.length) + 4 }, () => chunk);
    const reply = await post('/api/system.status', chunks);
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(t.calls).toHaveLength(0);
  });

  it('accepts a chunked body exactly at the cap', async () => {
    const json = `{"theme":"dark"${' '.repeat(PAYLOAD_BYTES_MAX - 16)}}`;
    expect(Buffer.byteLength(json)).toBe(PAYLOAD_BYTES_MAX);
    const bytes = Buffer.from(json);
    const chunks = [bytes.subarray(0, 100_000), bytes.subarray(100_000, 200_000), bytes.subarray(200_000)];
    const reply = await post('/api/settings.update', chunks);
    expect(reply.status).toBe(200);
    expect(t.calls).toHaveLength(1);
  });

  it('never reads past a Content-Length that lies low into the body', async () => {
    // The bytes after the declared length are a (malformed) next request to node:http, not body.
    await post('/api/settings.update', '{}{"theme":"dark"}', { ...JSON_HEADERS, 'Content-Length': '2' });
    expect(t.calls).toEqual([{ key: 'settings.update', input: {}, transport: 'http' }]);
  });

  it('answers 415 unless the body is application/json', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonx']) {
      const reply = await post('/api/system.status', '{}', { 'Content-Type': type });
      expect(reply.status, String(type)).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(t.calls).toHaveLength(0);
  });

  it('answers 400 with an invalid_input Result to a body that is not JSON', async () => {
    for (const body of ['', '{', '{"a":1}x', 'undefined', Buffer.from([0x7b, 0xff, 0x7d])]) {
      const reply = await post('/api/system.status', body);
      expect(reply.status, String(body)).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'the body is not valid JSON' } });
    }
    expect(t.calls).toHaveLength(0);
  });

  it('keeps an own __proto__ key as data for the schema to reject', async () => {
    const reply = await post('/api/system.status', '{"__proto__":{"x":1}}');
    expect(reply.status).toBe(200);
    const input = t.calls[0]?.input as Record<string, unknown>;
    expect(Object.hasOwn(input, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });
});
