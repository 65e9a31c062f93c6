import { createClient } from '../../renderer/src/api/client';
import type { Api } from '../../renderer/src/api/client';
import type { Transport } from '../../renderer/src/api/transport';
import type { MethodKey } from '../../shared/ipc/contract';
import type { EventName } from '../../shared/ipc/events';

type Handler = (input: unknown) => unknown;

/** A transport answering from a table of handlers (each returns a raw Result) with emit(). */
export function fakeTransport(handlers: Partial<Record<MethodKey, Handler>> = {}) {
  const calls: { key: MethodKey; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const transport: Transport = {
    kind: 'ipc',
    call: async (key, input) => {
      calls.push({ key, input });
      const handler = handlers[key];
      if (handler === undefined) return { ok: false, error: { code: 'not_found', message: `no ${key}` } };
      return handler(input);
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const emit = (event: EventName, payload: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  };
  const listenerCount = (event: EventName) => listeners.get(event)?.size ?? 0;
  return { transport, calls, emit, listenerCount, handlers };
}

export function fakeApi(handlers: Partial<Record<MethodKey, Handler>> = {}): ReturnType<typeof fakeTransport> & { api: Api } {
  const fake = fakeTransport(handlers);
  return { ...fake, api: createClient(() => fake.transport) };
}

export const ok = (value: unknown) => ({ ok: true, value });
export const fail = (code: string, message = '') => ({ ok: false, error: { code, message } });

export const STAFF_ID = '01900000-0000-7000-8000-000000000001';
