import type { PosApi } from '../../../electron/preload/pos-api';
import type { MethodKey } from '../../../shared/ipc/contract';
import { EVENT_NAMES } from '../../../shared/ipc/event-names';
import type { EventName } from '../../../shared/ipc/events';
import { FetchEventSource } from './fetch-event-source';
import { PAGE_SECRET_HEADER } from './page-secret';
import { readResult } from './result-shape';

/**
 * How a call reaches main. A transport answers with the raw Result JSON (not yet checked) and
 * delivers event payloads; the client above it validates and unwraps.
 */
export type Transport = {
  readonly kind: 'ipc' | 'http';
  call(key: MethodKey, input: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

/** Thrown by a transport when the other side cannot be reached or answered with no Result. */
export class TransportError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'TransportError';
    this.status = status;
  }
}

/** Electron: `window.pos` from the preload; its Results are still checked by the client. */
export function ipcTransport(pos: PosApi): Transport {
  return {
    kind: 'ipc',
    call: (key, input) => pos.call(key, input),
    on: (event, listener) => pos.on(event, listener),
  };
}

type EventSourceLike = {
  addEventListener(type: string, listener: (event: MessageEvent<unknown>) => void): void;
  close(): void;
};

export type HttpDeps = {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Opens the event stream; `headers` carry the page secret (EventSource cannot send them). */
  createEventSource: (url: string, headers: Readonly<Record<string, string>>) => EventSourceLike;
  /** This tab's page secret (page-secret.ts); without it the web host answers 401. */
  pageSecret?: string | undefined;
};

/**
 * The web host: `POST /api/<key>` with JSON, events over SSE at `/api/events`; both carry the
 * page secret header beside the cookie.
 */
export function httpTransport(deps: HttpDeps): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSourceLike | null = null;
  const authHeaders: Record<string, string> =
    deps.pageSecret === undefined ? {} : { [PAGE_SECRET_HEADER]: deps.pageSecret };

  const openSource = (): void => {
    if (source !== null) return;
    const es = deps.createEventSource('/api/events', authHeaders);
    for (const name of EVENT_NAMES) {
      es.addEventListener(name, (message) => {
        // An event nothing listens to is dropped unread: parsing costs the page's main thread,
        // and a large one (a 200-line cart) would delay the frame a scan is waiting for (B13).
        if ((listeners.get(name)?.size ?? 0) === 0) return;
        let payload: unknown;
        try {
          payload = typeof message.data === 'string' ? JSON.parse(message.data) : undefined;
        } catch {
          return; // a malformed frame is dropped, never thrown into the page
        }
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
      });
    }
    source = es;
  };

  const closeIfIdle = (): void => {
    for (const set of listeners.values()) if (set.size > 0) return;
    source?.close();
    source = null;
  };

  return {
    kind: 'http',
    async call(key, input) {
      let response: Response;
      try {
        response = await deps.fetch(`/api/${key}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...authHeaders },
          body: JSON.stringify(input),
        });
      } catch (cause) {
        throw new TransportError(cause instanceof Error ? cause.message : 'fetch failed', null);
      }
      const text = await response.text().catch(() => '');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        throw new TransportError(`HTTP ${response.status} without a Result body`, response.status);
      }
      if (!response.ok && readResult(parsed) === null) {
        throw new TransportError(`HTTP ${response.status} without a Result body`, response.status);
      }
      return parsed;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      openSource();
      return () => {
        set.delete(listener);
        closeIfIdle();
      };
    },
  };
}

type TransportScope = {
  pos?: PosApi | undefined;
  fetch?: HttpDeps['fetch'] | undefined;
  /** Browser mode: this tab's page secret, if it has one. */
  pageSecret?: string | undefined;
};

/** Electron (window.pos) when present, else the web host. */
export function pickTransport(scope: TransportScope): Transport {
  const pos = scope.pos;
  if (pos !== undefined && pos !== null && typeof pos.call === 'function') return ipcTransport(pos);
  const fetchFn = scope.fetch;
  if (fetchFn === undefined) throw new Error('No transport: neither window.pos nor fetch exists');
  return httpTransport({
    fetch: (url, init) => fetchFn(url, init),
    createEventSource: (url, headers) => new FetchEventSource(fetchFn, url, headers),
    pageSecret: scope.pageSecret,
  });
}
