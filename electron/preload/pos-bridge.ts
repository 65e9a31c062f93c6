// The body of `window.pos`, written against a minimal IPC interface so it can be tested without
// Electron. Bundled into the sandboxed preload: imports zod-free shared/ipc files only.
import { EVENT_NAMES } from '../../shared/ipc/event-names';
import { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, METHOD_KEYS } from '../../shared/ipc/methods';
import { err, type Result } from '../../shared/ipc/result';
import type { PosApi } from './pos-api';

/** The part of ipcRenderer the bridge uses. The event object never reaches the page. */
export type BridgeIpc = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

/** The exposed surface, compared by a test with the object the preload hands to contextBridge. */
export const POS_API_MEMBERS = ['call', 'on'] as const satisfies readonly (keyof PosApi)[];

export function createPosBridge(ipc: BridgeIpc): PosApi {
  const methods = new Set<string>(METHOD_KEYS);
  const eventNames = new Set<string>(EVENT_NAMES);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let listening = false;

  // One ipcRenderer listener for all subscriptions, so many `on` calls add no IPC listeners.
  const onEvent = (_event: unknown, name: unknown, payload: unknown): void => {
    if (typeof name !== 'string') return;
    for (const cb of [...(listeners.get(name) ?? [])]) {
      try {
        cb(payload);
      } catch {
        // One broken subscriber must not starve the others.
      }
    }
  };

  return {
    call(key, input) {
      if (typeof key !== 'string' || !methods.has(key)) {
        return Promise.resolve(err('not_found', 'unknown call'));
      }
      return ipc.invoke(`${IPC_CHANNEL_PREFIX}${key}`, input).then(
        (result) => result as Result<unknown>,
        () => err('internal', 'the call did not reach the till'),
      );
    },
    on(event, cb) {
      if (typeof event !== 'string' || !eventNames.has(event)) throw new TypeError('unknown event');
      if (typeof cb !== 'function') throw new TypeError('callback must be a function');
      if (!listening) {
        ipc.on(IPC_EVENT_CHANNEL, onEvent);
        listening = true;
      }
      // A fresh wrapper per subscription: subscribing the same function twice needs two unsubscribes.
      const subscriber = (payload: unknown): void => cb(payload);
      const set = listeners.get(event) ?? new Set();
      set.add(subscriber);
      listeners.set(event, set);
      return () => {
        set.delete(subscriber);
      };
    },
  };
}
