import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/domain/result';
import { METHOD_KEYS } from '../../shared/ipc/methods';
import type { EventName } from '../../shared/ipc/events';
import { displayPairing, type DisplayPairing } from '../../electron/main/app/display/pairing-codes';
import type { EventSink } from '../../electron/main/app/event-sink';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { FixedClock } from '../support/test-db';
import { fakeDispatch, launchBrowser, send, startTestHost, waitFor, type FakeCall, type TestHost } from './support';

const clock = new FixedClock();
let pairing: DisplayPairing;
let t: TestHost;
const calls: FakeCall[] = [];

/** The fake dispatch, except that display.redeemCode spends codes of a real pairing book. */
const dispatch: Dispatch = async (key, input, transport) => {
  if (key === 'display.redeemCode') return pairing.redeem((input as { code: string }).code, transport);
  if (key === 'display.pairingCode') return ok(pairing.issue(null));
  return fakeDispatch(calls)(key, input, transport);
};

beforeAll(async () => {
  let n = 0;
  pairing = displayPairing({ clock, random: (size) => new Uint8Array(size).map(() => (n += 7)), audit: () => Promise.resolve() });
  t = await startTestHost({ dispatch, heartbeatMs: 50 });
});
afterAll(async () => {
  await t.close();
});

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: '' };
const PAGE_META = /<meta name="tillbook-page-secret" content="([A-Za-z0-9_-]+)">/;

type Display = { cookie: Record<string, string>; page: Record<string, string>; both: Record<string, string> };

async function postCode(code: string) {
  return send(t.host.port, {
    method: 'POST',
    path: '/display',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: `http://127.0.0.1:${t.host.port}` },
    body: `code=${encodeURIComponent(code)}`,
  });
}

/** Pairs a display with a fresh code, as the form on /display does. */
async function pairDisplay(): Promise<Display> {
  const { code } = pairing.issue(null);
  const reply = await postCode(code);
  expect(reply.status).toBe(200);
  const cookie = { Cookie: reply.headers['set-cookie']?.[0]?.split(';')[0] ?? '' };
  const page = { 'X-Tillbook-Page': PAGE_META.exec(reply.body)?.[1] ?? '' };
  return { cookie, page, both: { ...cookie, ...page } };
}

function openStream(headers: Record<string, string>): Promise<{ res: IncomingMessage; text: () => string; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: '127.0.0.1', port: t.host.port, path: '/api/events', agent: false,
      headers: { Host: `127.0.0.1:${t.host.port}`, Accept: 'text/event-stream', ...headers },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (buffer += chunk));
      res.on('error', () => undefined);
      resolve({ res, text: () => buffer, close: () => req.destroy() });
    });
    req.end();
  });
}

/** Emits by name: the display events are declared by SALES in shared/ipc/events.ts. */
const emit = (name: string, payload: unknown): void => (t.hub as EventSink).emit(name as EventName, payload as never);

describe('/display: pairing a customer display by a one-time code', () => {
  it('serves the pairing form without any credential, and nothing secret with it', async () => {
    const reply = await send(t.host.port, { path: '/display' });
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.body).toContain('<form method="post" action="/display">');
    expect(reply.body).not.toMatch(PAGE_META);
    expect(reply.headers['content-security-policy']).toContain("form-action 'self'");
    expect(reply.headers['content-security-policy']).not.toContain('script-src');
    // no-referrer would make the form's POST carry `Origin: null`, which the origin check refuses.
    expect(reply.headers['referrer-policy']).toBe('same-origin');
    expect((await send(t.host.port, { path: '/display/pair' })).body).toContain('name="code"');
  });

  it('refuses a wrong code with the form again, no cookie; the right code pairs once', async () => {
    const { code } = pairing.issue(null);
    const wrong = await postCode('ZZZZ-ZZZZ');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('role="alert"');
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const grouped = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const paired = await postCode(grouped);
    expect(paired.status).toBe(200);
    expect(paired.headers['set-cookie']?.[0]).toMatch(new RegExp(`^tillbook_display_${t.host.port}=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=/$`));
    expect(paired.body).toMatch(PAGE_META);

    const again = await postCode(code);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an expired code (by the injected clock)', async () => {
    const { code } = pairing.issue(null);
    clock.advance(120_000);
    expect((await postCode(code)).status).toBe(401);
  });

  it('refuses a form from another origin and a body that is not a form', async () => {
    const { code } = pairing.issue(null);
    const foreign = await send(t.host.port, {
      method: 'POST', path: '/display', headers: { ...FORM, Origin: 'http://127.0.0.1:1' }, body: `code=${code}`,
    });
    expect(foreign.status).toBe(403);
    const json = await send(t.host.port, {
      method: 'POST', path: '/display', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }),
    });
    expect(json.status).toBe(415);
  });
});

describe('a display credential reads the display events and nothing else', () => {
  it('cannot call any API method, with or without its page secret, nor mint launch links', async () => {
    const display = await pairDisplay();
    for (const key of METHOD_KEYS) {
      for (const headers of [display.both, display.cookie]) {
        const reply = await send(t.host.port, { method: 'POST', path: `/api/${key}`, headers: { ...headers, 'Content-Type': 'application/json' }, body: '{}' });
        expect(reply.status, key).toBe(401);
      }
    }
    expect(calls).toEqual([]);
    expect((await send(t.host.port, { method: 'POST', path: '/launch-links', headers: display.both })).status).toBe(401);
  });

  it('reads the renderer files and /display (the screen), but the cookie alone opens no stream', async () => {
    const display = await pairDisplay();
    expect((await send(t.host.port, { path: '/assets/app.js', headers: display.cookie })).status).toBe(200);
    const screen = await send(t.host.port, { path: '/display', headers: display.cookie });
    expect(screen.body).toContain('<div id="root">');
    expect(screen.body).not.toMatch(PAGE_META);
    for (const headers of [display.cookie, display.page, { ...display.both, Authorization: `Bearer ${t.host.apiToken}x` }]) {
      expect((await send(t.host.port, { path: '/api/events', headers })).status).toBe(401);
    }
    expect((await send(t.host.port, { path: '/api/events?x=1', headers: display.both })).status).toBe(401);
  });

  it('hears display.cart / display.paid / display.walletQr and none of the other events', async () => {
    const display = await pairDisplay();
    const stream = await openStream(display.both);
    expect(stream.res.statusCode).toBe(200);
    await waitFor(() => stream.text().includes(': connected'));
    emit('session.changed', { state: 'active' });
    emit('ledger.changed', { headSeq: 3 });
    emit('display.cart', { cartId: 'c', lines: [], totalMinor: 0, currency: 'CNY' });
    emit('session.locked', { reason: 'idle' });
    emit('display.paid', { saleId: 's', totalMinor: 100, changeMinor: 0, currency: 'CNY' });
    emit('display.walletQr', { payload: 'QR' });
    await waitFor(() => stream.text().includes('display.walletQr'));
    const names = [...stream.text().matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(names).toEqual(['display.cart', 'display.paid', 'display.walletQr']);
    stream.close();
  });

  it('leaves the till browser session as it was: its stream hears every event but the display\'s', async () => {
    const till = await launchBrowser(t.host);
    await pairDisplay();
    const stream = await openStream(till.both);
    await waitFor(() => stream.text().includes(': connected'));
    emit('display.cart', { cartId: 'c', lines: [], totalMinor: 0, currency: 'CNY' });
    emit('ledger.changed', { headSeq: 4 });
    emit('display.paid', { saleId: 's', totalMinor: 100, changeMinor: 0, currency: 'CNY' });
    emit('display.walletQr', { payload: 'QR' });
    emit('session.locked', { reason: 'idle' });
    await waitFor(() => stream.text().includes('session.locked'));
    const names = [...stream.text().matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(names).toEqual(['ledger.changed', 'session.locked']);
    stream.close();
  });
});
