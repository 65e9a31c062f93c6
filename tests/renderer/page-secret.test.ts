// Browser mode's page secret (renderer/src/api/page-secret.ts): taken from the launch page's meta
// tag into sessionStorage, the launch link stripped from the address bar, and sent as a header.
import { describe, expect, it } from 'vitest';

import { adoptPageSecret, PAGE_SECRET_STORAGE_KEY, type PageScope } from '../../renderer/src/api/page-secret';
import { httpTransport, type HttpDeps } from '../../renderer/src/api/transport';

function scope(options: { meta?: string; href: string; stored?: string }) {
  const storage = new Map<string, string>(options.stored === undefined ? [] : [[PAGE_SECRET_STORAGE_KEY, options.stored]]);
  let metaPresent = options.meta !== undefined;
  const replaced: string[] = [];
  const page: PageScope = {
    document: {
      querySelector: () =>
        metaPresent
          ? {
              getAttribute: () => options.meta ?? null,
              remove: () => {
                metaPresent = false;
              },
            }
          : null,
    },
    sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    history: { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
    location: { href: options.href },
  };
  return { page, storage, replaced, metaPresent: () => metaPresent };
}

describe('adoptPageSecret', () => {
  it('moves the launch page secret into sessionStorage, removes the tag and strips the link', () => {
    const s = scope({ meta: 'secret-1', href: 'http://127.0.0.1:5000/?launch=abc#x' });
    expect(adoptPageSecret(s.page)).toBe('secret-1');
    expect(s.storage.get(PAGE_SECRET_STORAGE_KEY)).toBe('secret-1');
    expect(s.metaPresent()).toBe(false);
    expect(s.replaced).toEqual(['/#x']);
  });

  it('after a reload (no tag, no link) uses the stored secret and leaves history alone', () => {
    const s = scope({ href: 'http://127.0.0.1:5000/settings', stored: 'secret-2' });
    expect(adoptPageSecret(s.page)).toBe('secret-2');
    expect(s.replaced).toEqual([]);
  });

  it('a tab that never had one has none', () => {
    expect(adoptPageSecret(scope({ href: 'http://127.0.0.1:5000/' }).page)).toBeUndefined();
  });

  it('still works (in memory) when storage throws', () => {
    const s = scope({ meta: 'secret-3', href: 'http://127.0.0.1:5000/?launch=abc' });
    const page: PageScope = { ...s.page, sessionStorage: { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } };
    expect(adoptPageSecret(page)).toBe('secret-3');
  });
});

describe('httpTransport with a page secret', () => {
  it('sends it as x-tillbook-page on calls and on the event stream', async () => {
    const inits: RequestInit[] = [];
    const streams: Record<string, string>[] = [];
    const deps: HttpDeps = {
      fetch: async (_url, init) => {
        inits.push(init);
        return new Response('{"ok":true,"value":1}');
      },
      createEventSource: (_url, headers) => {
        streams.push({ ...headers });
        return { addEventListener: () => undefined, close: () => undefined };
      },
      pageSecret: 'the-page-secret',
    };
    const transport = httpTransport(deps);
    await transport.call('system.status', {});
    transport.on('ledger.changed', () => undefined);
    expect(inits[0]?.headers).toEqual({ 'content-type': 'application/json', 'x-tillbook-page': 'the-page-secret' });
    expect(streams).toEqual([{ 'x-tillbook-page': 'the-page-secret' }]);
  });
});
