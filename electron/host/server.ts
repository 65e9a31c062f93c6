import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { err, ok } from '../../shared/domain/result';
import type { Dispatch } from '../main/ipc/dispatch';
import { API_PREFIX, handleApiCall } from './api-route';
import { createHostAuth, type HostAuth } from './auth';
import { createDisplayAuth, type DisplayAuth } from './display-auth';
import { DISPLAY_PAIR_PATH, DISPLAY_PATH, displayOnlyFeed, handleDisplayPage } from './display-route';
import { handleEvents, HEARTBEAT_MS, staffFeed, type EventFeed } from './events-route';
import { checkHost, checkOrigin } from './host-check';
import { requestPath, sendEmpty, sendResult } from './http-util';
import { handleLaunch, LAUNCH_PARAM } from './launch-route';
import { handleStatic } from './static-files';

export const LOOPBACK = '127.0.0.1';
const EVENTS_PATH = '/api/events';
/** `POST /launch-links` with the bearer API token: a fresh one-time launch link, for scripts. */
export const LAUNCH_LINKS_PATH = '/launch-links';

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
  /** The first launch link (`/?launch=…`): it works once. */
  readonly url: string;
  /** The launch token in `url`. */
  readonly token: string;
  /** For scripts, only as `Authorization: Bearer`; never in a URL. */
  readonly apiToken: string;
  /** A new one-time launch link; a link not used yet stops working. */
  newLaunchUrl(): string;
  close(): Promise<void>;
};

type Routes = {
  readonly options: HostOptions;
  readonly rendererDir: string;
  readonly port: number;
  readonly auth: HostAuth;
  /** The customer displays' credentials (display-auth.ts): display events and files only. */
  readonly display: DisplayAuth;
  readonly newLaunchUrl: () => string;
};

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const { auth, port } = routes;
  const host = checkHost(req, port);
  if (host === undefined) return sendEmpty(res, 421);
  if (!checkOrigin(req, host)) return sendEmpty(res, 403);
  const target = requestPath(req);
  if (target === undefined) return sendEmpty(res, 400);
  const { path, query } = target;

  const launch = query.get(LAUNCH_PARAM);
  if (path === '/' && launch !== null) {
    return handleLaunch(req, res, launch, { auth, port, rendererDir: routes.rendererDir });
  }
  if (path === DISPLAY_PATH || path === DISPLAY_PAIR_PATH) {
    return handleDisplayPage(req, res, path, { display: routes.display, port, rendererDir: routes.rendererDir, dispatch: routes.options.dispatch });
  }
  if (path.startsWith(API_PREFIX)) {
    if (!auth.mayCallApi(req)) {
      // A paired customer display reads its own narrowed event stream and nothing else of the API.
      const displayStream = path === EVENTS_PATH && req.method === 'GET' && !(req.url ?? '').includes('?') && routes.display.mayReadDisplay(req);
      if (!displayStream) return sendEmpty(res, 401);
      return handleEvents(req, res, displayOnlyFeed(routes.options.events), routes.options.heartbeatMs ?? HEARTBEAT_MS);
    }
    // Nothing of the API is ever read from a URL; a credential put there has leaked already.
    if ((req.url ?? '').includes('?')) {
      return sendResult(res, 400, err('invalid_input', 'the API takes no query string; send the API token as Authorization: Bearer'));
    }
    if (path === EVENTS_PATH) {
      if (req.method !== 'GET') return sendEmpty(res, 405, { Allow: 'GET' });
      return handleEvents(req, res, staffFeed(routes.options.events), routes.options.heartbeatMs ?? HEARTBEAT_MS);
    }
    return handleApiCall(req, res, path.slice(API_PREFIX.length), routes.options.dispatch);
  }
  if (path === LAUNCH_LINKS_PATH) {
    // The bearer API token only: a browser session must not mint links for another browser.
    if (req.headers.authorization === undefined || !auth.mayCallApi(req)) return sendEmpty(res, 401);
    if (req.method !== 'POST') return sendEmpty(res, 405, { Allow: 'POST' });
    return sendResult(res, 200, ok({ url: routes.newLaunchUrl() }));
  }
  if (!auth.mayReadFiles(req) && !routes.display.mayReadFiles(req)) return sendEmpty(res, 401);
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
  let routes: Routes | undefined;
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    if (routes === undefined) return sendEmpty(res, 503);
    route(req, res, routes).catch(() => {
      if (!res.headersSent) sendEmpty(res, 500);
      else res.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0);
  const origin = `http://${LOOPBACK}:${port}`;
  const auth = createHostAuth(port);
  const launchUrl = (token: string): string => `${origin}/?${LAUNCH_PARAM}=${token}`;
  const newLaunchUrl = (): string => launchUrl(auth.newLaunchToken());
  routes = { options, rendererDir: resolve(options.rendererDir), port, auth, display: createDisplayAuth(port), newLaunchUrl };
  const token = auth.newLaunchToken();
  let closing: Promise<void> | undefined;
  return {
    port,
    origin,
    url: launchUrl(token),
    token,
    apiToken: auth.apiToken,
    newLaunchUrl,
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
