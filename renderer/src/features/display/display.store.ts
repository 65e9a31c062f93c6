import type { Output } from '../../../../shared/ipc/contract';
import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';

type PairingCode = Output<'display.pairingCode'>;

type DisplayPairingState = {
  readonly code: PairingCode | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  start(): void;
  issued(code: PairingCode): void;
  fail(error: ClientError): void;
  clear(): void;
};

/** The till's live display pairing code: a one-time secret, so it goes with the session. */
export const useDisplayPairingStore = createSessionStore<DisplayPairingState>('display.pairing', (set) => ({
  code: null,
  loading: false,
  error: null,
  start: () => set({ loading: true, error: null }),
  issued: (code) => set({ code, loading: false, error: null }),
  fail: (error) => set({ loading: false, error }),
  clear: () => set({ code: null }),
}));
