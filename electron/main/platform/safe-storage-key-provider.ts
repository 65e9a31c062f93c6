import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import type { SafeStorage } from 'electron';

import type { AppError, ErrorCode } from '../../../shared/domain/errors';
import { ok, type Result } from '../../../shared/domain/result';
import type { DataKeys, KeyProvider } from '../db/key-provider';
import { writePrivateFileAtomically as writeFileAtomically } from '../db/private-files';
import { exists } from '../sys/files';

/**
 * The desktop KEK (docs/security.md §5.3): the root and db keys, wrapped by Electron `safeStorage`
 * (Keychain on macOS, DPAPI on Windows, kwallet/libsecret on Linux) through the async API — the
 * sync one is deprecated and removed in Electron 46. The wrapped keys sit in a file beside the
 * database together with the name of the backend that wrapped them.
 *
 * Refusals, each leaving the file untouched:
 * - Linux `basic_text` (a hard-coded password) or `unknown`: the caller must use a passphrase;
 * - the stored backend differs from the current one (KDE ↔ GNOME): never overwrite, ask for
 *   recovery — a new blob would orphan the ledger;
 * - a database without a key file: never mint new keys for an existing ledger.
 */
export const SAFE_STORAGE_KEY_FILE = 'tillbook.safe-key';
const FORMAT = 'tillbook-safe-storage/1';
const PLAIN_PREFIX = 'tillbook-keys/1';
const KEY_BYTES = 32;

export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export type KeyStoreRefusal =
  | 'unavailable'
  | 'insecure_backend'
  | 'backend_changed'
  | 'key_file_missing'
  | 'key_file_invalid'
  | 'decrypt_failed';

/** An AppError that also says why, so the shell can offer the passphrase or recovery path. */
export type KeyStoreError = AppError & { readonly reason: KeyStoreRefusal };

type KeyStoreFile = {
  readonly format: typeof FORMAT;
  readonly backend: string;
  readonly current: string;
  readonly pending?: string;
};

export type SafeStorageKeyOptions = {
  readonly safeStorage: SafeStorageApi;
  readonly platform: NodeJS.Platform;
  /** `dataDirPaths(dir).db`: a database without a key file is refused, never re-keyed. */
  readonly dbFile: string;
  /** Where the wrapped keys live, beside the database (`SAFE_STORAGE_KEY_FILE`). */
  readonly keyFile: string;
};

const refuse = (code: ErrorCode, reason: KeyStoreRefusal, message: string): Result<never, KeyStoreError> => ({
  ok: false,
  error: { code, reason, message },
});

/** Keychain and DPAPI have one backend each; on Linux Electron reports which one it picked. */
export function storageBackendName(platform: NodeJS.Platform, safeStorage: SafeStorageApi): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend();
}

/** `basic_text` encrypts with a password compiled into Chromium; `unknown` means not ready yet. */
export function isInsecureBackend(backend: string): boolean {
  return backend === 'basic_text' || backend === 'unknown';
}

function encodeKeys(root: Uint8Array, db: Uint8Array): string {
  return [PLAIN_PREFIX, Buffer.from(root).toString('base64'), Buffer.from(db).toString('base64')].join(':');
}

/** The plaintext must have our exact shape: some backends decrypt a foreign blob into garbage. */
function decodeKeys(plain: string): { root: Uint8Array; db: Uint8Array } | undefined {
  const [prefix, root, db, ...rest] = plain.split(':');
  if (prefix !== PLAIN_PREFIX || root === undefined || db === undefined || rest.length > 0) return undefined;
  const rootBytes = Buffer.from(root, 'base64');
  const dbBytes = Buffer.from(db, 'base64');
  if (rootBytes.length !== KEY_BYTES || dbBytes.length !== KEY_BYTES) return undefined;
  return { root: new Uint8Array(rootBytes), db: new Uint8Array(dbBytes) };
}

function parseKeyStoreFile(text: string): KeyStoreFile | undefined {
  try {
    const value = JSON.parse(text) as Partial<KeyStoreFile> | null;
    if (value === null || typeof value !== 'object') return undefined;
    if (value.format !== FORMAT || typeof value.backend !== 'string' || typeof value.current !== 'string') {
      return undefined;
    }
    if (value.pending !== undefined && typeof value.pending !== 'string') return undefined;
    return value as KeyStoreFile;
  } catch {
    return undefined;
  }
}

export class SafeStorageKeyProvider implements KeyProvider {
  readonly kind = 'safe-storage' as const;

  constructor(private readonly options: SafeStorageKeyOptions) {}

  async unlock(): Promise<Result<DataKeys, KeyStoreError>> {
    const { safeStorage, platform } = this.options;
    const backend = storageBackendName(platform, safeStorage);
    if (isInsecureBackend(backend)) {
      return refuse(
        'forbidden',
        'insecure_backend',
        `the system key store is "${backend}", which does not protect keys; use a passphrase`,
      );
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return refuse('key_file_missing', 'unavailable', 'the system key store is not available');
    }
    const text = await readFile(this.options.keyFile, 'utf8').catch(() => undefined);
    if (text === undefined) return this.create(backend);
    const file = parseKeyStoreFile(text);
    if (!file) return refuse('key_file_invalid', 'key_file_invalid', 'the key store file has an unknown format');
    if (file.backend !== backend) {
      return refuse(
        'key_file_invalid',
        'backend_changed',
        `the keys were stored with "${file.backend}" but the system now uses "${backend}"; ` +
          'restore them with the recovery code (the stored keys were left untouched)',
      );
    }
    return this.open(file);
  }

  private async create(backend: string): Promise<Result<DataKeys, KeyStoreError>> {
    if (await exists(this.options.dbFile)) {
      return refuse('key_file_missing', 'key_file_missing', 'a ledger exists but its key store file is missing');
    }
    const keys: DataKeys = { root: new Uint8Array(randomBytes(KEY_BYTES)), db: new Uint8Array(randomBytes(KEY_BYTES)) };
    const current = await this.options.safeStorage.encryptStringAsync(encodeKeys(keys.root, keys.db));
    const file: KeyStoreFile = { format: FORMAT, backend, current: current.toString('base64') };
    await mkdir(dirname(this.options.keyFile), { recursive: true, mode: 0o700 });
    await writeFileAtomically(this.options.keyFile, JSON.stringify(file, null, 2));
    return ok(keys);
  }

  private async open(file: KeyStoreFile): Promise<Result<DataKeys, KeyStoreError>> {
    const current = await this.decrypt(file.current);
    if (!current.ok) return current;
    const pending = file.pending === undefined ? undefined : await this.decrypt(file.pending);
    if (pending && !pending.ok) return pending;
    const keys = current.value.keys;
    if (current.value.shouldReEncrypt || pending?.value.shouldReEncrypt) {
      // The OS key rotated: wrap the same keys again under the same backend.
      const rewrapped: KeyStoreFile = {
        format: FORMAT,
        backend: file.backend,
        current: await this.encrypt(keys.root, keys.db),
        ...(pending ? { pending: await this.encrypt(keys.root, pending.value.keys.db) } : {}),
      };
      await writeFileAtomically(this.options.keyFile, JSON.stringify(rewrapped, null, 2));
    }
    return ok(pending ? { ...keys, pendingDb: pending.value.keys.db } : keys);
  }

  private async encrypt(root: Uint8Array, db: Uint8Array): Promise<string> {
    return (await this.options.safeStorage.encryptStringAsync(encodeKeys(root, db))).toString('base64');
  }

  private async decrypt(
    blob: string,
  ): Promise<Result<{ keys: { root: Uint8Array; db: Uint8Array }; shouldReEncrypt: boolean }, KeyStoreError>> {
    let plain: { result: string; shouldReEncrypt: boolean };
    try {
      plain = await this.options.safeStorage.decryptStringAsync(Buffer.from(blob, 'base64'));
    } catch {
      return refuse('wrong_key', 'decrypt_failed', 'the system key store could not unwrap the ledger keys');
    }
    const keys = decodeKeys(plain.result);
    if (!keys) return refuse('wrong_key', 'decrypt_failed', 'the system key store returned keys of the wrong shape');
    return ok({ keys, shouldReEncrypt: plain.shouldReEncrypt });
  }
}
