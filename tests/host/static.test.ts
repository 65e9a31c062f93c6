import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_HTML, launchBrowser, send, startTestHost, type TestHost } from './support';

let t: TestHost;
let cookie: Record<string, string>;
beforeAll(async () => {
  t = await startTestHost();
  // The renderer's files need only the cookie: they hold no secret (the API needs the page secret too).
  cookie = (await launchBrowser(t.host)).cookie;
});
afterAll(async () => {
  await t.close();
});

const get = (path: string, headers: Record<string, string> = cookie) => send(t.host.port, { path, headers });

function nonceOf(csp: string | string[] | undefined): string | undefined {
  if (Array.isArray(csp)) return undefined;
  return /style-src 'self' 'nonce-([^']+)'/.exec(csp ?? '')?.[1];
}

describe('static files', () => {
  it('serves index.html with a fresh nonce in the HTML and the same nonce in the CSP header', async () => {
    const first = await get('/');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = first.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const nonce = nonceOf(csp);
    expect(nonce).toBeDefined();
    expect(first.body).toContain(`<meta name="tillbook-style-nonce" content="${nonce}">`);
    expect(first.body).not.toContain('__TILLBOOK_NONCE__');
    expect(first.body).toBe(INDEX_HTML.replace('__TILLBOOK_NONCE__', nonce ?? ''));
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['referrer-policy']).toBe('no-referrer');

    const second = await get('/index.html');
    expect(second.status).toBe(200);
    const nonce2 = nonceOf(second.headers['content-security-policy']);
    expect(nonce2).toBeDefined();
    expect(nonce2).not.toBe(nonce);
    expect(second.body).toContain(`content="${nonce2}"`);
  });

  it('falls back to index.html (with CSP) for client-side routes', async () => {
    for (const path of ['/sales', '/sales/new', '/staff/abc-def?tab=2', '/assets']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.body).toContain(`content="${nonceOf(reply.headers['content-security-policy'])}"`);
    }
  });

  it('serves assets with their content type and nosniff', async () => {
    const js = await get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.headers['content-security-policy']).toBeUndefined();
    expect(js.body).toBe('console.log("app");\n');
    const css = await get('/assets/style.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await send(t.host.port, { method: 'HEAD', path: '/assets/app.js', headers: cookie });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404 to missing files, unknown extensions and directories-as-files', async () => {
    for (const path of ['/assets/missing.js', '/assets/blob.bin', '/favicon.ico', '/package.json']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).toBe('');
    }
  });

  it('answers 404 to every spelling of a traversal', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e/',
      '/%2E%2E/',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/./index.html',
      '/assets/%00.js',
      '/%E0%A4%A',
      '/assets/link.json', // a symlink out of the root
    ]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the root');
    }
  });

  it('needs the cookie for static files too', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/sales/new', '/../package.json']) {
      const reply = await get(path, {});
      expect(reply.status, path).toBe(401);
      expect(reply.body).toBe('');
    }
  });

  it('answers 405 to writes on static paths', async () => {
    const reply = await send(t.host.port, { method: 'POST', path: '/index.html', headers: cookie, body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});
