import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DataKeys } from './key-provider';
import { err, ok, type Result } from '../../../shared/domain/result';
import { exists } from '../sys/files';
import { writePrivateFileAtomically as writeFileAtomically } from './private-files';

/**
 * The key file beside the database: the root and db keys, wrapped with AES-256-GCM under a key
 * derived from the passphrase with scrypt. Parameters are stored in the file and bound into the
 * GCM additional data, so nobody can lower them without breaking the tag.
 *
 * Production parameters: N = 2^17, r = 8, p = 1 (128 MiB, about 0.5 s on our machines).
 * Tests may pass smaller ones explicitly through `KdfParams`; nothing picks them implicitly.
 */
export type KdfParams = { readonly N: number; readonly r: number; readonly p: number };
export const PRODUCTION_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
export const PASSPHRASE_MIN_CHARS = 12;
const FORMAT = 'tillbook-key/1';
const KEY_BYTES = 32;

type Wrapped = { readonly nonce: string; readonly ciphertext: string; readonly tag: string };
type KeyFile = {
  readonly format: typeof FORMAT;
  readonly kdf: KdfParams & { readonly name: 'scrypt'; readonly salt: string };
  readonly current: Wrapped;
  readonly pending?: Wrapped;
};

export function passphraseProblem(passphrase: string): string | undefined {
  if ([...passphrase].length < PASSPHRASE_MIN_CHARS) {
    return `passphrase must have at least ${PASSPHRASE_MIN_CHARS} characters`;
  }
  return undefined;
}

/**
 * The range of parameters we write: N a power of two up to the production N (tests write smaller
 * ones), r = 8, p = 1. The parameters in a key file are read before its tag can be checked, so
 * they are bounded before scrypt sees them: a raised p or N would otherwise cost minutes of CPU
 * (or gigabytes) before the tag fails.
 */
export const KDF_BOUNDS = { N_MIN: 2, N_MAX: PRODUCTION_KDF.N, r: PRODUCTION_KDF.r, p: PRODUCTION_KDF.p } as const;

export function kdfWithinBounds(params: KdfParams): boolean {
  const { N, r, p } = params;
  const powerOfTwo = Number.isSafeInteger(N) && N >= KDF_BOUNDS.N_MIN && (N & (N - 1)) === 0;
  return powerOfTwo && N <= KDF_BOUNDS.N_MAX && r === KDF_BOUNDS.r && p === KDF_BOUNDS.p;
}

/** scrypt needs 128 · N · r bytes; the cap allows exactly the largest N we write, with room. */
const SCRYPT_MAXMEM_BYTES = 2 * 128 * KDF_BOUNDS.N_MAX * KDF_BOUNDS.r;

function deriveKek(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  if (!kdfWithinBounds(params)) return Promise.reject(new RangeError('KDF parameters out of bounds'));
  const maxmem = SCRYPT_MAXMEM_BYTES;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function aad(file: Pick<KeyFile, 'format' | 'kdf'>, slot: 'current' | 'pending'): Buffer {
  const { N, r, p, salt } = file.kdf;
  return Buffer.from(`${file.format}|scrypt|${N}|${r}|${p}|${salt}|${slot}`, 'utf8');
}

function wrap(kek: Buffer, plain: Buffer, additional: Buffer): Wrapped {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(additional);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

function unwrap(kek: Buffer, wrapped: Wrapped, additional: Buffer): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.nonce, 'base64'));
    decipher.setAAD(additional);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const ciphertext = Buffer.from(wrapped.ciphertext, 'base64');
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return undefined;
  }
}

async function readKeyFile(path: string): Promise<Result<KeyFile>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return err('key_file_missing', 'no key file beside the database');
  }
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(text) as KeyFile;
  } catch {
    return err('key_file_invalid', 'key file is not readable');
  }
  if (!isKeyFile(parsed)) return err('key_file_invalid', 'key file has an unknown format');
  return ok(parsed);
}

/** Shape only: an edited value that keeps the shape fails the GCM tag (the AAD binds the KDF). */
function isKeyFile(value: unknown): value is KeyFile {
  const file = value as Partial<KeyFile> | null;
  const kdf = file?.kdf;
  const isWrapped = (w: unknown): boolean => {
    const x = w as Partial<Wrapped> | null | undefined;
    return typeof x?.nonce === 'string' && typeof x.ciphertext === 'string' && typeof x.tag === 'string';
  };
  return typeof file === 'object' && file !== null && file.format === FORMAT &&
    kdf?.name === 'scrypt' && Number.isSafeInteger(kdf.N) && Number.isSafeInteger(kdf.r) &&
    Number.isSafeInteger(kdf.p) && typeof kdf.salt === 'string' &&
    isWrapped(file.current) && (file.pending === undefined || isWrapped(file.pending));
}

type Session = { readonly file: KeyFile; readonly kek: Buffer };

async function sessionFor(path: string, passphrase: string): Promise<Result<Session>> {
  const file = await readKeyFile(path);
  if (!file.ok) return file;
  const { N, r, p, salt } = file.value.kdf;
  if (!kdfWithinBounds({ N, r, p })) {
    return err('key_file_invalid', `key file has KDF parameters outside the range Tillbook writes (scrypt N ≤ 2^17, r = 8, p = 1): N = ${N}, r = ${r}, p = ${p}`);
  }
  try {
    const kek = await deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
    return ok({ file: file.value, kek });
  } catch {
    // scrypt refuses parameters that are not a power of two or exceed maxmem: an edited file.
    return err('key_file_invalid', 'key file has unusable KDF parameters');
  }
}

function splitKeys(plain: Buffer): { root: Uint8Array; db: Uint8Array } {
  return { root: plain.subarray(0, KEY_BYTES), db: plain.subarray(KEY_BYTES, 2 * KEY_BYTES) };
}

function keyFileWith(
  kek: Buffer,
  kdf: KeyFile['kdf'],
  current: DataKeys,
  pendingDb?: Uint8Array,
): KeyFile {
  const header = { format: FORMAT, kdf } as const;
  const plain = (db: Uint8Array): Buffer => Buffer.concat([current.root, db]);
  return {
    ...header,
    current: wrap(kek, plain(current.db), aad(header, 'current')),
    ...(pendingDb ? { pending: wrap(kek, plain(pendingDb), aad(header, 'pending')) } : {}),
  };
}

async function newKdf(passphrase: string, params: KdfParams) {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, params);
  return { kek, kdf: { name: 'scrypt' as const, ...params, salt: salt.toString('base64') } };
}

/** First run: a random root key and db key, wrapped under the passphrase. */
export async function createKeyFile(
  path: string,
  passphrase: string,
  params: KdfParams = PRODUCTION_KDF,
): Promise<Result<DataKeys>> {
  const problem = passphraseProblem(passphrase);
  if (problem) return err('weak_passphrase', problem);
  // A key file may be the only way into an existing ledger: never overwrite one.
  if (await exists(path)) return err('invalid_input', 'a key file already exists here');
  const keys: DataKeys = { root: randomBytes(KEY_BYTES), db: randomBytes(KEY_BYTES) };
  const { kek, kdf } = await newKdf(passphrase, params);
  await writeFileAtomically(path, JSON.stringify(keyFileWith(kek, kdf, keys), null, 2));
  return ok(keys);
}

/** A wrong passphrase fails the GCM tag and is reported as `wrong_key`. */
export async function unlockKeyFile(path: string, passphrase: string): Promise<Result<DataKeys>> {
  const session = await sessionFor(path, passphrase);
  if (!session.ok) return session;
  const { file, kek } = session.value;
  const current = unwrap(kek, file.current, aad(file, 'current'));
  if (!current) return err('wrong_key', 'the passphrase does not unlock this ledger');
  const keys = splitKeys(current);
  const pending = file.pending ? unwrap(kek, file.pending, aad(file, 'pending')) : undefined;
  return ok(pending ? { ...keys, pendingDb: splitKeys(pending).db } : keys);
}

/** Re-wraps the same keys under a new passphrase and a new salt; the database is untouched. */
export async function changePassphrase(
  path: string,
  oldPassphrase: string,
  newPassphrase: string,
  params: KdfParams = PRODUCTION_KDF,
): Promise<Result<void>> {
  const problem = passphraseProblem(newPassphrase);
  if (problem) return err('weak_passphrase', problem);
  const keys = await unlockKeyFile(path, oldPassphrase);
  if (!keys.ok) return keys;
  const { kek, kdf } = await newKdf(newPassphrase, params);
  const { pendingDb, ...current } = keys.value;
  await writeFileAtomically(path, JSON.stringify(keyFileWith(kek, kdf, current, pendingDb), null, 2));
  return ok(undefined);
}

/**
 * Records the next db key before the file is re-encrypted, so a crash at any point leaves a key
 * file that can open the database with the old or the new key.
 */
export async function recordPendingDbKey(
  path: string,
  passphrase: string,
  nextDb: Uint8Array,
): Promise<Result<void>> {
  return rewriteSlots(path, passphrase, (keys) => ({ current: keys, pendingDb: nextDb }));
}

/** After the file is re-encrypted (or found to be): the pending key becomes the current one. */
export async function promoteDbKey(
  path: string,
  passphrase: string,
  db: Uint8Array,
): Promise<Result<void>> {
  return rewriteSlots(path, passphrase, (keys) => ({ current: { root: keys.root, db } }));
}

async function rewriteSlots(
  path: string,
  passphrase: string,
  next: (keys: DataKeys) => { current: DataKeys; pendingDb?: Uint8Array },
): Promise<Result<void>> {
  const session = await sessionFor(path, passphrase);
  if (!session.ok) return session;
  const { file, kek } = session.value;
  const current = unwrap(kek, file.current, aad(file, 'current'));
  if (!current) return err('wrong_key', 'the passphrase does not unlock this ledger');
  const slots = next(splitKeys(current));
  await writeFileAtomically(path, JSON.stringify(keyFileWith(kek, file.kdf, slots.current, slots.pendingDb), null, 2));
  return ok(undefined);
}
