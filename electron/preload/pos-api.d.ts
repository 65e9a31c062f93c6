// What the preload exposes to the renderer as `window.pos` (architecture.md §4.3). Types only:
// the renderer project includes this file; it must never import preload code.
import type { Input, MethodKey, Output } from '../../shared/ipc/contract';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Result } from '../../shared/ipc/result';

export type PosApi = {
  /** Resolves to a Result, never rejects; an unknown key resolves to `not_found` without IPC. */
  call<K extends MethodKey>(key: K, input: Input<K>): Promise<Result<Output<K>>>;
  /** `cb` receives the payload only; the returned function unsubscribes. */
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
};

declare global {
  interface Window {
    /** Present in Electron; absent in browser mode, where the client talks to the web host. */
    readonly pos?: PosApi;
  }
}
