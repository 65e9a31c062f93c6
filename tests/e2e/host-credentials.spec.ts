/// <reference lib="dom" />
// Issue 7 §1, "the browser-mode credential leaks to other local ports", played in Chromium. A
// browser scopes cookies to the host, not the port, so the session cookie of 127.0.0.1:<ours>
// also goes to any other server on 127.0.0.1 the user visits. Before the fix that cookie alone
// called the API as the signed-in manager, and the launch link worked for the host's lifetime:
// both replays below got 200 on that code.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { startWebHost, type RunningHost } from './web-host';

/** Must match renderer/src/api/page-secret.ts. */
const PAGE_SECRET_HEADER = 'x-tillbook-page';
const PAGE_SECRET_STORAGE_KEY = 'tillbook.pageSecret';

let host: RunningHost;
let listener: Server;
let listenerOrigin: string;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

test.beforeAll(async () => {
  host = await startWebHost();
  // Another local server, as a page the user opens on another port would be.
  listener = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/pixel.png') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>other</title><img src="/pixel.png">');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  listenerOrigin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  await host.stop();
});

/** A contract call from inside our page, the way the renderer makes it. */
async function callFromPage(page: Page, key: string, input: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    async ([k, body, header, storageKey]) => {
      const response = await fetch(`/api/${k}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', [header]: sessionStorage.getItem(storageKey) ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean };
    },
    [key, input, PAGE_SECRET_HEADER, PAGE_SECRET_STORAGE_KEY] as const,
  );
}

/** Replays headers against the host from outside the browser (node fetch), as curl would. */
function replay(path: string, headers: Record<string, string>, body?: unknown): Promise<Response> {
  return fetch(`${host.origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const NEW_STAFF = { displayName: 'Mallory Manager', staffCode: 'mal1', role: 'manager', secretKind: 'password', secret: 'stolen cookie 2468' };

test('the session cookie another local port receives cannot call the API; the launch link works once', async ({ page, context }) => {
  test.setTimeout(180_000);
  const eventStreams: number[] = [];
  page.on('response', (response) => {
    if (response.url() === `${host.origin}/api/events`) eventStreams.push(response.status());
  });

  // Open the app: the launch link is exchanged and stripped from the address bar.
  await page.goto(host.url);
  await expect(page).toHaveURL(`${host.origin}/`);
  expect(await page.evaluate(() => location.search)).toBe('');
  const pageSecret = await page.evaluate((key) => sessionStorage.getItem(key), PAGE_SECRET_STORAGE_KEY);
  expect(pageSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(await page.locator('meta[name="tillbook-page-secret"]').count()).toBe(0);

  // Set up and sign in as the owner, from the page.
  const setup = await callFromPage(page, 'setup.complete', {
    merchantName: 'Corner Shop', terminalName: 'Front till', currency: 'EUR', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Olivia Owner', staffCode: 'owner1', secretKind: 'password', secret: 'owner password 2468' },
  });
  expect(setup.ok).toBe(true);
  await page.reload();
  await page.getByLabel('Staff code').fill('owner1');
  await page.getByLabel('PIN or password').fill('owner password 2468');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // The renderer's own event stream is authorised by the header, not refused.
  await expect.poll(() => eventStreams.includes(200)).toBe(true);
  expect(eventStreams).not.toContain(401);

  // The user visits another local server in the same browser: it receives our cookie.
  const other = await context.newPage();
  await other.goto(`${listenerOrigin}/`);
  await expect.poll(() => seen.some((request) => request.url === '/pixel.png')).toBe(true);
  const leaked = seen.map((request) => request.headers.cookie).find((cookie) => cookie?.includes('tillbook_session_'));
  expect(leaked, 'the browser sends the cookie to another port (the premise of the finding)').toBeDefined();
  const cookie = leaked ?? '';
  // ...but never the page secret.
  for (const request of seen) {
    expect(request.headers[PAGE_SECRET_HEADER]).toBeUndefined();
    expect(JSON.stringify(request)).not.toContain(pageSecret ?? 'no secret');
  }

  // Replayed from outside the browser, the cookie alone is refused everywhere it matters.
  const create = await replay('/api/staff.create', { Cookie: cookie }, NEW_STAFF);
  expect(create.status).toBe(401);
  expect((await replay('/api/system.status', { Cookie: cookie }, {})).status).toBe(401);
  expect((await replay('/api/events', { Cookie: cookie })).status).toBe(401);
  // Control: the same replay with our tab's page secret is accepted, so the 401 is the rule, not the replay.
  const control = await replay('/api/staff.list', { Cookie: cookie, [PAGE_SECRET_HEADER]: pageSecret ?? '' }, {});
  expect(control.status).toBe(200);
  expect(((await control.json()) as { ok: boolean }).ok).toBe(true);

  // Opened a second time, the launch link is refused: in this browser and in a fresh one.
  const again = await context.newPage();
  const reply = await again.goto(host.url);
  expect(reply?.status()).toBe(401);
  await expect(again.getByRole('heading', { name: 'This Tillbook link has been used already' })).toBeVisible();
  await expectAccessible(again, 'launch link used');
  const fresh = await context.browser()?.newContext();
  if (fresh === undefined) throw new Error('no browser');
  const stranger = await fresh.newPage();
  expect((await stranger.goto(host.url))?.status()).toBe(401);
  expect((await fresh.cookies()).filter((c) => c.name.startsWith('tillbook_session_'))).toEqual([]);
  await fresh.close();

  // The tab that spent the link keeps working, also after a reload (sessionStorage).
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect((await callFromPage(page, 'staff.list', {})).ok).toBe(true);
});
