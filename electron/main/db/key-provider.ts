import type { AppError } from '../../../shared/domain/errors';
import type { Result } from '../../../shared/domain/result';

/**
 * The unwrapped key material. `root` never changes for the life of the ledger (the chain MAC key
 * and other sub-keys derive from it); `db` is the SQLCipher raw key and is rotated by `rekey`.
 */
export type DataKeys = {
  readonly root: Uint8Array;
  readonly db: Uint8Array;
  /** Set while a rekey is in flight: the file may already be encrypted under this key. */
  readonly pendingDb?: Uint8Array;
};

/**
 * Where the data keys come from. The passphrase provider (this folder) serves the CLI, the web
 * host and tests; the Electron safeStorage provider lives in `platform/`.
 */
export type KeyProvider = {
  readonly kind: 'passphrase' | 'safe-storage';
  unlock(): Promise<Result<DataKeys, AppError>>;
};
