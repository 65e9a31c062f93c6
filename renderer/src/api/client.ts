import type { Input, MethodKey, Output } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { adoptPageSecret } from './page-secret';
import { readResult } from './result-shape';
import { pickTransport, TransportError } from './transport';
import type { Transport } from './transport';

/**
 * Every failure the renderer sees: an ErrorCode from main, or `unreachable` when the transport
 * itself failed (the web host is gone, the network dropped).
 */
export type ClientErrorCode = ErrorCode | 'unreachable';

export class ClientError extends Error {
  readonly code: ClientErrorCode;
  /** The method that failed, for the details line. */
  readonly key: MethodKey | null;
  constructor(code: ClientErrorCode, message: string, key: MethodKey | null = null) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.key = key;
  }
}

export function isClientError(error: unknown): error is ClientError {
  return error instanceof ClientError;
}

export type CallFn = <K extends MethodKey>(key: K, input: Input<K>) => Promise<Output<K>>;
export type OnFn = <E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;

export type Api = {
  readonly call: CallFn;
  readonly on: OnFn;
  /** Sees every failed call (after it is thrown to the caller); returns an unsubscribe. */
  readonly onError: (listener: (error: ClientError) => void) => () => void;
};

function transportFailure(error: unknown, key: MethodKey): ClientError {
  if (error instanceof ClientError) return error;
  if (error instanceof TransportError) {
    if (error.status === null) return new ClientError('unreachable', error.message, key);
    if (error.status === 401) return new ClientError('unauthenticated', error.message, key);
    if (error.status === 403) return new ClientError('forbidden', error.message, key);
    if (error.status === 413) return new ClientError('payload_too_large', error.message, key);
    return new ClientError('internal', error.message, key);
  }
  const message = error instanceof Error ? error.message : 'transport failed';
  return new ClientError('unreachable', message, key);
}

/** A client over one transport, resolved on first use and then kept. */
export function createClient(resolveTransport: () => Transport): Api {
  let transport: Transport | null = null;
  const errorListeners = new Set<(error: ClientError) => void>();
  const get = (): Transport => (transport ??= resolveTransport());

  const fail = (error: ClientError): never => {
    for (const listener of [...errorListeners]) {
      try {
        listener(error);
      } catch {
        // a broken listener must not replace the error the caller gets
      }
    }
    throw error;
  };

  const call: CallFn = async (key, input) => {
    let raw: unknown;
    try {
      raw = await get().call(key, input);
    } catch (error) {
      return fail(transportFailure(error, key));
    }
    const result = readResult(raw);
    if (result === null) return fail(new ClientError('internal', 'malformed Result', key));
    if (!result.ok) return fail(new ClientError(result.error.code, result.error.message, key));
    return result.value as Output<typeof key>;
  };

  const on: OnFn = (event, listener) =>
    get().on(event, (payload) => listener(payload as EventPayload<typeof event>));

  const onError: Api['onError'] = (listener) => {
    errorListeners.add(listener);
    return () => errorListeners.delete(listener);
  };

  return { call, on, onError };
}

function browserTransport(): Transport {
  // `window.pos` (pos-api.d.ts) is present in Electron only; read through globalThis so a test
  // environment without `window` still gets the web host.
  const scope: typeof globalThis & Pick<Window, 'pos'> = globalThis;
  const pos = scope.pos;
  const inBrowserMode = (pos === undefined || pos === null) && typeof scope.document === 'object';
  return pickTransport({
    pos,
    fetch: typeof scope.fetch === 'function' ? scope.fetch.bind(scope) : undefined,
    pageSecret: inBrowserMode ? adoptPageSecret(pageScope(scope)) : undefined,
  });
}

function pageScope(scope: typeof globalThis): Parameters<typeof adoptPageSecret>[0] {
  let storage: Storage | undefined;
  try {
    storage = scope.sessionStorage;
  } catch {
    storage = undefined; // access itself throws when storage is disabled
  }
  return { document: scope.document, sessionStorage: storage, history: scope.history, location: scope.location };
}

/** The app's client: `window.pos` in Electron, else the web host. */
export const api: Api = createClient(browserTransport);
export const call: CallFn = (key, input) => api.call(key, input);
export const on: OnFn = (event, listener) => api.on(event, listener);
