import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Dispatch } from '../main/ipc/dispatch';
import { API_PREFIX, handleApiCall } from './api-route';
import { isAuthorised, newSecrets, secretEquals, sessionCookieHeader, type HostSecrets } from './auth';
import { handleEvents, HEARTBEAT_MS, type EventFeed } from './events-route';
import { checkHost, checkOrigin } from './host-check';
import { requestPath, sendEmpty } from './http-util';
import { handleStatic } from './static-files';

export const LOOPBACK = '127.0.0.1';
const EVENTS_PATH = '/api/events';

export type HostOptions = {
  readonly dispatch: Dispatch;
  readonly events: EventFeed;
  /** The renderer build (out/renderer). */
  readonly rendererDir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly heartbeatMs?: number;
};

export type RunningHost = {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The one URL to print: it carries the token. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
};

type Routes = {
  readonly options: HostOptions;
  readonly secrets: HostSecrets;
  readonly rendererDir: string;
  port: number;
};

/** `GET /?token=T`: swaps the token for the session cookie and strips it from the address bar. */
function exchangeToken(res: ServerResponse, token: string, secrets: HostSecrets): void {
  if (!secretEquals(token, secrets.token)) {
    sendEmpty(res, 401);
    return;
  }
  sendEmpty(res, 303, { Location: '/', 'Set-Cookie': sessionCookieHeader(secrets) });
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const host = checkHost(req, routes.port);
  if (host === undefined) return sendEmpty(res, 421);
  if (!checkOrigin(req, host)) return sendEmpty(res, 403);
  const target = requestPath(req);
  if (target === undefined) return sendEmpty(res, 400);
  const { path, query } = target;

  const token = query.get('token');
  if (path === '/' && token !== null && req.method === 'GET') return exchangeToken(res, token, routes.secrets);
  if (!isAuthorised(req, routes.secrets)) return sendEmpty(res, 401);

  if (path === EVENTS_PATH) {
    if (req.method !== 'GET') return sendEmpty(res, 405, { Allow: 'GET' });
    return handleEvents(req, res, routes.options.events, routes.options.heartbeatMs ?? HEARTBEAT_MS);
  }
  if (path.startsWith(API_PREFIX)) {
    return handleApiCall(req, res, path.slice(API_PREFIX.length), routes.options.dispatch);
  }
  return handleStatic(req, res, path, routes.rendererDir);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      server.off('error', reject);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the web host on 127.0.0.1 only; never on another interface. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const routes: Routes = { options, secrets: newSecrets(), rendererDir: resolve(options.rendererDir), port: -1 };
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    route(req, res, routes).catch(() => {
      if (!res.headersSent) sendEmpty(res, 500);
      else res.destroy();
    });
  });
  routes.port = await listen(server, options.port ?? 0);
  const origin = `http://${LOOPBACK}:${routes.port}`;
  let closing: Promise<void> | undefined;
  return {
    port: routes.port,
    origin,
    url: `${origin}/?token=${routes.secrets.token}`,
    token: routes.secrets.token,
    close: () => {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive sockets and open event streams would hold close() open forever.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
