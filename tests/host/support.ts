import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMethodKey } from '../../shared/ipc/contract';
import { err, ok } from '../../shared/domain/result';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { EventHub, type EventSink } from '../../electron/main/app/event-sink';
import { startHost, type RunningHost } from '../../electron/host/server';

export type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  /** A whole body, or chunks written one by one (no Content-Length: chunked). */
  body?: string | Buffer | Buffer[];
};

/**
 * One request over real loopback HTTP with node:http, which sends the path and the Host header
 * exactly as given (fetch would normalise `/../` and refuse a custom Host).
 */
export function send(port: number, options: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}` };
    let setHost = true;
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      const key = name.toLowerCase() === 'host' ? 'Host' : name;
      if (value !== undefined) headers[key] = value;
      else {
        delete headers[key];
        if (key === 'Host') setHost = false;
      }
    }
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: options.method ?? 'GET',
      path: options.path,
      headers,
      setHost,
      agent: false,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may close the socket while a refused upload is still being written.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    const body = options.body;
    if (Array.isArray(body)) {
      const writeNext = (i: number): void => {
        if (i >= body.length || req.destroyed) {
          req.end();
          return;
        }
        req.write(body[i], () => setImmediate(() => writeNext(i + 1)));
      };
      writeNext(0);
    } else {
      req.end(body);
    }
  });
}

/** An EventHub that also counts its live subscribers, to see SSE clients come and go. */
export class CountingHub extends EventHub {
  live = 0;
  override subscribe(sink: EventSink): () => void {
    this.live += 1;
    const off = super.subscribe(sink);
    let done = false;
    return () => {
      if (!done) this.live -= 1;
      done = true;
      return off();
    };
  }
}

export type FakeCall = { key: string; input: unknown; transport: string };

/** A dispatch that echoes; `ledger.verify` answers with a domain error. */
export function fakeDispatch(calls: FakeCall[]): Dispatch {
  return async (key, input, transport) => {
    calls.push({ key, input, transport });
    if (!isMethodKey(key)) return err('not_found', 'unknown call');
    if (key === 'ledger.verify') return err('unauthenticated', 'sign in first');
    return ok({ echo: input });
  };
}

export const INDEX_HTML = `<!doctype html>
<html><head><meta charset="UTF-8" />
<meta name="tillbook-style-nonce" content="__TILLBOOK_NONCE__">
<title>Tillbook</title><script type="module" src="/assets/app.js"></script></head>
<body><div id="root"></div></body></html>
`;

/** A renderer build in a temp dir, with a secret file beside it (outside the served root). */
export function makeRendererDir(): { root: string; rendererDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tillbook-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  writeFileSync(join(rendererDir, 'assets', 'style.css'), 'body{margin:0}\n');
  writeFileSync(join(rendererDir, 'assets', 'blob.bin'), 'binary');
  writeFileSync(join(root, 'package.json'), '{"secret":"outside the root"}\n');
  symlinkSync(join(root, 'package.json'), join(rendererDir, 'assets', 'link.json'));
  return { root, rendererDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export type TestHost = {
  host: RunningHost;
  hub: CountingHub;
  calls: FakeCall[];
  rendererDir: string;
  /** `Authorization: Bearer <API token>` (scripts' way in). */
  bearer: Record<string, string>;
  close(): Promise<void>;
};

export async function startTestHost(options: { dispatch?: Dispatch; heartbeatMs?: number } = {}): Promise<TestHost> {
  const calls: FakeCall[] = [];
  const hub = new CountingHub();
  const dir = makeRendererDir();
  const host = await startHost({
    dispatch: options.dispatch ?? fakeDispatch(calls),
    events: hub,
    rendererDir: dir.rendererDir,
    port: 0,
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  return {
    host,
    hub,
    calls,
    rendererDir: dir.rendererDir,
    bearer: { Authorization: `Bearer ${host.apiToken}` },
    close: async () => {
      await host.close();
      dir.cleanup();
    },
  };
}

export const JSON_HEADERS = { 'Content-Type': 'application/json' };

export async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** What one exchanged launch link gives a browser tab. */
export type BrowserCredentials = {
  /** `Cookie: tillbook_session_<port>=…` alone: what another local port also receives. */
  cookie: Record<string, string>;
  /** The page secret header alone. */
  page: Record<string, string>;
  /** Both, as our own page sends them. */
  both: Record<string, string>;
  /** The launch link that was spent. */
  url: string;
};

const PAGE_META = /<meta name="tillbook-page-secret" content="([A-Za-z0-9_-]+)">/;

/** Opens a fresh launch link as a browser would (GET, Sec-Fetch-Site: none) and keeps what it gets. */
export async function launchBrowser(host: RunningHost, url: string = host.newLaunchUrl()): Promise<BrowserCredentials> {
  const { pathname, search } = new URL(url);
  const reply = await send(host.port, { path: `${pathname}${search}`, headers: { 'Sec-Fetch-Site': 'none' } });
  if (reply.status !== 200) throw new Error(`launch link refused: ${reply.status}`);
  const cookieLine = reply.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
  const page = PAGE_META.exec(reply.body)?.[1] ?? '';
  const cookie = { Cookie: cookieLine };
  const pageHeader = { 'X-Tillbook-Page': page };
  return { cookie, page: pageHeader, both: { ...cookie, ...pageHeader }, url };
}
