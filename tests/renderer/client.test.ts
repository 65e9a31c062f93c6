import { describe, expect, it, vi } from 'vitest';

import { ClientError, createClient } from '../../renderer/src/api/client';
import { httpTransport, pickTransport, TransportError } from '../../renderer/src/api/transport';
import type { HttpDeps } from '../../renderer/src/api/transport';
import type { PosApi } from '../../electron/preload/pos-api';
import { fail, fakeApi, fakeTransport, ok } from './fake-transport';

const SESSION = { state: 'signedOut', staff: null, idleLockMs: 300_000 };

describe('client over a fake transport', () => {
  it('returns the value of an ok Result', async () => {
    const { api, calls } = fakeApi({ 'staff.session': () => ok(SESSION) });
    await expect(api.call('staff.session', {})).resolves.toEqual(SESSION);
    expect(calls).toEqual([{ key: 'staff.session', input: {} }]);
  });

  it('throws a ClientError carrying the code, message and method', async () => {
    const { api } = fakeApi({ 'staff.signIn': () => fail('bad_credentials', 'nope') });
    const error = await api.call('staff.signIn', { staffCode: 'AB', secret: '1234' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'bad_credentials', message: 'nope', key: 'staff.signIn' });
  });

  it('reports a malformed Result or an unknown code as internal', async () => {
    const { api } = fakeApi({
      'system.status': () => ({ hello: 1 }),
      'staff.session': () => fail('not_a_code'),
    });
    await expect(api.call('system.status', {})).rejects.toMatchObject({ code: 'internal' });
    await expect(api.call('staff.session', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('maps transport failures: unreachable, 401, 403, 413, other', async () => {
    const cases: [TransportError | Error, string][] = [
      [new TransportError('down', null), 'unreachable'],
      [new TransportError('x', 401), 'unauthenticated'],
      [new TransportError('x', 403), 'forbidden'],
      [new TransportError('x', 413), 'payload_too_large'],
      [new TransportError('x', 500), 'internal'],
      [new Error('boom'), 'unreachable'],
    ];
    for (const [thrown, code] of cases) {
      const fake = fakeTransport();
      fake.transport.call = () => Promise.reject(thrown);
      const api = createClient(() => fake.transport);
      await expect(api.call('system.status', {})).rejects.toMatchObject({ code });
    }
  });

  it('picks the transport once, on first use', async () => {
    const fake = fakeTransport({ 'staff.session': () => ok(SESSION) });
    const resolve = vi.fn(() => fake.transport);
    const api = createClient(resolve);
    expect(resolve).not.toHaveBeenCalled();
    await api.call('staff.session', {});
    await api.call('staff.session', {});
    api.on('ledger.changed', () => undefined);
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('tells error listeners about every failure, after which the caller still gets it', async () => {
    const { api } = fakeApi({ 'ledger.health': () => fail('session_locked') });
    const seen: string[] = [];
    const off = api.onError((error) => seen.push(error.code));
    api.onError(() => {
      throw new Error('a broken listener');
    });
    await expect(api.call('ledger.health', {})).rejects.toMatchObject({ code: 'session_locked' });
    off();
    await expect(api.call('ledger.health', {})).rejects.toMatchObject({ code: 'session_locked' });
    expect(seen).toEqual(['session_locked']);
  });

  it('delivers event payloads and unsubscribes', () => {
    const { api, emit, listenerCount } = fakeApi();
    const got: unknown[] = [];
    const off = api.on('ledger.verifyProgress', (payload) => got.push(payload));
    emit('ledger.verifyProgress', { verified: 1, total: 2 });
    off();
    emit('ledger.verifyProgress', { verified: 2, total: 2 });
    expect(got).toEqual([{ verified: 1, total: 2 }]);
    expect(listenerCount('ledger.verifyProgress')).toBe(0);
  });
});

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly url: string;
  readonly handlers = new Map<string, (event: MessageEvent<unknown>) => void>();
  closed = false;
  constructor(url: string) {
    this.url = url;
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, handler: (event: MessageEvent<unknown>) => void) {
    this.handlers.set(type, handler);
  }
  close() {
    this.closed = true;
  }
  dispatch(type: string, data: string) {
    this.handlers.get(type)?.({ data } as MessageEvent<unknown>);
  }
}

function httpDeps(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const deps: HttpDeps = {
    fetch: async (url, init) => {
      requests.push({ url, init });
      return respond(url, init);
    },
    createEventSource: (url) => new FakeEventSource(url),
  };
  return { deps, requests };
}

describe('web host transport', () => {
  it('POSTs JSON to /api/<key> with same-origin credentials', async () => {
    const { deps, requests } = httpDeps(() => new Response(JSON.stringify(ok(SESSION))));
    const api = createClient(() => httpTransport(deps));
    await expect(api.call('staff.signIn', { staffCode: 'AB12', secret: '1234' })).resolves.toEqual(SESSION);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/staff.signIn');
    expect(request?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(String(request?.init.body))).toEqual({ staffCode: 'AB12', secret: '1234' });
  });

  it('accepts a Result on an error status, and maps a bare error status', async () => {
    const withResult = httpDeps(() => new Response(JSON.stringify(fail('forbidden', 'no')), { status: 403 }));
    await expect(createClient(() => httpTransport(withResult.deps)).call('ledger.verify', {})).rejects.toMatchObject({
      code: 'forbidden',
      message: 'no',
    });
    const bare = httpDeps(() => new Response('', { status: 401 }));
    await expect(createClient(() => httpTransport(bare.deps)).call('ledger.verify', {})).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const down = httpDeps(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(createClient(() => httpTransport(down.deps)).call('ledger.verify', {})).rejects.toMatchObject({
      code: 'unreachable',
    });
  });

  it('listens on one EventSource at /api/events and parses data as JSON', () => {
    FakeEventSource.instances = [];
    const { deps } = httpDeps(() => new Response('{}'));
    const transport = httpTransport(deps);
    const locked: unknown[] = [];
    const progress: unknown[] = [];
    const offLocked = transport.on('session.locked', (p) => locked.push(p));
    const offProgress = transport.on('ledger.verifyProgress', (p) => progress.push(p));
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0];
    expect(source?.url).toBe('/api/events');
    source?.dispatch('session.locked', '{"reason":"idle"}');
    source?.dispatch('ledger.verifyProgress', 'not json');
    source?.dispatch('ledger.verifyProgress', '{"verified":3,"total":9}');
    expect(locked).toEqual([{ reason: 'idle' }]);
    expect(progress).toEqual([{ verified: 3, total: 9 }]);
    // an event nobody on this page listens to is dropped unread (a 200-line display.cart per scan)
    const parse = vi.spyOn(JSON, 'parse');
    source?.dispatch('display.cart', '{"cartId":"unread"}');
    expect(parse.mock.calls.filter(([text]) => String(text).includes('unread'))).toEqual([]);
    parse.mockRestore();
    offLocked();
    expect(source?.closed).toBe(false);
    offProgress();
    expect(source?.closed).toBe(true);
  });
});

describe('pickTransport', () => {
  it('uses window.pos when present, else the web host', async () => {
    const pos: PosApi = { call: async () => ({ ok: true, value: 1 }), on: () => () => undefined };
    const fetch = vi.fn();
    expect(pickTransport({ pos, fetch }).kind).toBe('ipc');
    const http = pickTransport({ fetch: async () => new Response(JSON.stringify(ok(2))) });
    expect(http.kind).toBe('http');
    await expect(http.call('system.status', {})).resolves.toEqual(ok(2));
    expect(fetch).not.toHaveBeenCalled();
  });
});
