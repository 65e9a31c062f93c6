import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

import { STYLE_NONCE_PLACEHOLDER } from '../../shared/ipc/csp';
import { FakeSession } from './fakes';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => electron);

const { handleAppProtocol, registerAppScheme } = await import('../../electron/main/protocol');
const { resolveRendererPath, serveRendererRequest } = await import('../../electron/main/platform/renderer-files');

let base: string;
let root: string;
const INDEX =
  `<!doctype html><html><head><meta name="tillbook-style-nonce" content="${STYLE_NONCE_PLACEHOLDER}">` +
  '<script type="module" src="./assets/app.js"></script></head><body></body></html>';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tillbook-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets', 'dir.js'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.js.map'), '{}');
  writeFileSync(join(root, 'assets', 'notes.txt'), 'x');
  writeFileSync(join(root, '.env.js'), 'secret');
  writeFileSync(join(base, 'secret.js'), 'outside the renderer dir');
  writeFileSync(join(base, 'renderer-evil.js'), 'sibling with a shared prefix');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveRendererRequest(root, { url, method });
const nonces = ['n0n0n0n0n0n0n0n0n0n0n0n0', 'n1n1n1n1n1n1n1n1n1n1n1n1'];

describe('app:// registration', () => {
  beforeEach(() => electron.protocol.registerSchemesAsPrivileged.mockClear());

  test('app is standard + secure, without bypassCSP or corsEnabled, in one call', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  test('handleAppProtocol serves the renderer dir on the given session', async () => {
    const session = new FakeSession();
    handleAppProtocol(session as never, root);
    expect(session.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = session.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://tillbook/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });
});

describe('app:// responses', () => {
  test('index.html: CSP response header with a per-load nonce that is also written into the page', async () => {
    let call = 0;
    const load = () => serveRendererRequest(root, { url: 'app://tillbook/', method: 'GET' }, () => nonces[call++] ?? '');
    const first = await load();
    const second = await load();
    for (const [response, nonce] of [[first, nonces[0]], [second, nonces[1]]] as const) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
      const body = await response.text();
      expect(body).toContain(`content="${nonce}"`);
      expect(body).not.toContain(STYLE_NONCE_PLACEHOLDER);
    }
  });

  test('the default nonce is random per load', async () => {
    const a = (await get('app://tillbook/index.html')).headers.get('content-security-policy');
    const b = (await get('app://tillbook/index.html')).headers.get('content-security-policy');
    expect(a).not.toBe(b);
  });

  test('assets get their content type, nosniff and the CSP header too', async () => {
    const response = await get('app://tillbook/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  test.each([
    ['dot-dot escape, encoded', 'app://tillbook/%2e%2e/secret.js'],
    ['dot-dot escape, encoded slash', 'app://tillbook/..%2fsecret.js'],
    ['dot-dot escape, deep', 'app://tillbook/assets/%2E%2E%2F%2E%2E%2Fsecret.js'],
    ['backslash escape', 'app://tillbook/..%5csecret.js'],
    ['raw backslash', 'app://tillbook/assets\\..\\..\\secret.js'],
    ['sibling dir sharing the prefix', 'app://tillbook/%2e%2e/renderer-evil.js'],
    ['absolute path in a segment', 'app://tillbook/%2fetc%2fpasswd.js'],
    ['NUL byte', 'app://tillbook/assets/app.js%00.png'],
    ['bad percent-encoding', 'app://tillbook/%E0%A4%A.js'],
    ['dot file', 'app://tillbook/.env.js'],
    ['unknown extension that exists (source map)', 'app://tillbook/assets/app.js.map'],
    ['unknown extension that exists (txt)', 'app://tillbook/assets/notes.txt'],
    ['no extension', 'app://tillbook/assets'],
    ['missing file', 'app://tillbook/assets/missing.js'],
    ['a directory named like a file', 'app://tillbook/assets/dir.js'],
    ['another host', 'app://tillbook.attacker/index.html'],
    ['credentials in the URL', 'app://x@tillbook/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('%s → 404', async (_why, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).not.toContain('outside the renderer dir');
  });

  test('a URL-parser-resolved ../ stays inside the root', async () => {
    // The URL parser folds /../ before we see it: this asks for /secret.js inside the root.
    expect(resolveRendererPath(root, 'app://tillbook/../secret.js')).toBe(join(root, 'secret.js'));
    expect((await get('app://tillbook/../secret.js')).status).toBe(404);
  });

  test('only GET and HEAD', async () => {
    expect((await get('app://tillbook/index.html', 'POST')).status).toBe(405);
    const head = await get('app://tillbook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
