// What the preload exposes to the renderer as `window.pos` (docs/architecture.md §4.3), declared once:
// the preload's bridge (pos-bridge.ts) implements it and the renderer's IPC transport consumes it.
// Types only: the renderer project includes this file; it must never import preload code.
import type { Result } from '../../shared/ipc/result';

/**
 * Untyped at the boundary on purpose: the page is untrusted, so the bridge checks every key and
 * event name itself, and the renderer's client checks every Result against the contract.
 */
export type PosApi = {
  /** Resolves to a Result, never rejects; an unknown key resolves to `not_found` without IPC. */
  call(key: string, input: unknown): Promise<Result<unknown>>;
  /**
   * `cb` receives the payload only, never the IPC event; the returned function unsubscribes.
   * Throws a TypeError for an unknown event name or a callback that is not a function.
   */
  on(event: string, cb: (payload: unknown) => void): () => void;
};

declare global {
  interface Window {
    /** Present in Electron; absent in browser mode, where the client talks to the web host. */
    readonly pos?: PosApi;
  }
}
