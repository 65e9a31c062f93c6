import { stateJson } from '../../../../shared/domain/guarded-state';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { DomainStateKind, StateJournalKind } from '../../../../shared/domain/journal-kinds';
import { encodePayload } from '../../core/journal/payload-encoders';
import type { ChainMac } from '../chain-mac';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import { DOMAIN_STATE_READERS } from '../state-readers';
import type { ReadTx, WriteTx } from '../tx';
import { appendJournal } from './journal.repo';
import { META_KEYS, readMetasIn, writeMetaIn } from './meta.repo';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

const STAFF_STATE_SQL = `SELECT id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params,
  failed_attempts, locked_until_ms, disabled, created_at_ms FROM staff`;

function staffStateJson(row: Row): string {
  const locked = row['locked_until_ms'];
  return stateJson('staff.state', {
    staffCode: readText(row, 'staff_code'),
    displayName: readText(row, 'display_name'),
    role: readText(row, 'role'),
    secretKind: readText(row, 'secret_kind'),
    secretSalt: hex(readBytes(row, 'secret_salt')),
    secretHash: hex(readBytes(row, 'secret_hash')),
    secretParams: readText(row, 'secret_params'),
    failedAttempts: readInt(row, 'failed_attempts'),
    lockedUntilMs: typeof locked === 'number' ? locked : null,
    disabled: readInt(row, 'disabled') === 1,
    createdAtMs: readInt(row, 'created_at_ms'),
  });
}

/** Every staff member's guarded state as the table holds it now, by staff id. */
export async function currentStaffStates(tx: ReadTx): Promise<Map<string, string>> {
  const rows = await tx.all(STAFF_STATE_SQL);
  return new Map(rows.map((row) => [bytesToUuid(readBytes(row, 'id')), staffStateJson(row)]));
}

const GUARDED_META = {
  merchantName: META_KEYS.merchantName, currency: META_KEYS.currency, setupDoneAtMs: META_KEYS.setupDoneAtMs,
  allowSelfApproval: META_KEYS.allowSelfApproval, backendUrl: META_KEYS.backendUrl,
} as const;
/**
 * Guarded settings added after meta states were first chained: left out of the state while they
 * are unset (never null), so a meta state chained before they existed still matches.
 */
const LATER_GUARDED_META = { taxProfileId: META_KEYS.taxProfileId, taxRateOverrides: META_KEYS.taxRateOverrides, demoShop: META_KEYS.demoShop } as const;
type GuardedMeta = { [K in keyof typeof GUARDED_META]: string | null } & { [K in keyof typeof LATER_GUARDED_META]?: string };

async function readGuardedMeta(tx: ReadTx): Promise<GuardedMeta> {
  const keys = [...Object.values(GUARDED_META), ...Object.values(LATER_GUARDED_META)];
  const meta = await readMetasIn(tx, keys);
  const value = (key: string): string | null => meta.get(key) ?? null;
  const later = Object.entries(LATER_GUARDED_META).flatMap(([field, key]) => {
    const found = value(key);
    return found === null ? [] : [[field, found] as const];
  });
  return Object.fromEntries([...Object.entries(GUARDED_META).map(([field, key]) => [field, value(key)]), ...later]) as GuardedMeta;
}

/** The guarded facts and settings as `meta` holds them now. */
export async function currentMetaState(tx: ReadTx): Promise<string> {
  return stateJson('meta.state', await readGuardedMeta(tx));
}

/**
 * The settings that decide who may move money or where it settles, and what every sale is worth:
 * the base currency (a merchant fact, null before setup) and the tax profile with its rate
 * overrides (JSON of shared/domain/sales/tax-profiles.ts `taxRateOverrides`), null until chosen.
 */
export type GuardedSettings = {
  readonly allowSelfApproval: boolean;
  readonly backendUrl: string | null;
  readonly currency: string | null;
  readonly taxProfileId: string | null;
  readonly taxRateOverrides: string | null;
};

export async function readGuardedSettings(tx: ReadTx): Promise<GuardedSettings> {
  const meta = await readGuardedMeta(tx);
  return {
    allowSelfApproval: meta.allowSelfApproval === 'true', backendUrl: meta.backendUrl, currency: meta.currency,
    taxProfileId: meta.taxProfileId ?? null, taxRateOverrides: meta.taxRateOverrides ?? null,
  };
}

async function writeOrDeleteMeta(tx: WriteTx, key: string, value: string | null): Promise<void> {
  if (value === null) await tx.run('DELETE FROM meta WHERE key = ?', [key]);
  else await writeMetaIn(tx, key, value);
}

/** Writes the guarded settings and chains the new state, in the same transaction. */
export async function writeGuardedSettings(tx: WriteTx, mac: ChainMac, values: GuardedSettings, nowMs: number): Promise<void> {
  await writeMetaIn(tx, META_KEYS.allowSelfApproval, values.allowSelfApproval ? 'true' : 'false');
  await writeOrDeleteMeta(tx, META_KEYS.backendUrl, values.backendUrl);
  // The base currency is a merchant fact from setup: changed, never cleared.
  if (values.currency !== null) await writeMetaIn(tx, META_KEYS.currency, values.currency);
  await writeOrDeleteMeta(tx, META_KEYS.taxProfileId, values.taxProfileId);
  await writeOrDeleteMeta(tx, META_KEYS.taxRateOverrides, values.taxRateOverrides);
  await chainMetaState(tx, mac, nowMs);
}

async function latestState(tx: ReadTx, subject: Uint8Array | null): Promise<string | undefined> {
  const row = subject
    ? await tx.get('SELECT state FROM state_change WHERE subject = ? ORDER BY seq DESC LIMIT 1', [subject])
    : await tx.get('SELECT state FROM state_change WHERE subject IS NULL ORDER BY seq DESC LIMIT 1');
  return row ? readText(row, 'state') : undefined;
}

async function appendState(tx: WriteTx, mac: ChainMac, kind: StateJournalKind, subjectId: string | null, json: string, atMs: number): Promise<void> {
  const subject = subjectId ? uuidToBytes(subjectId) : null;
  // Unchanged state writes nothing: a clean sign-in must not grow the journal.
  if ((await latestState(tx, subject)) === json) return;
  const payload = encodePayload(kind, { kind, subjectId, stateJson: json, atMs });
  const seq = await appendJournal(tx, mac, { kind, refId: subject, actorId: null, requestHash: null, deviceTsMs: atMs, payload });
  await tx.run('INSERT INTO state_change (seq, subject, state) VALUES (?, ?, ?)', [int(seq), subject, json]);
}

/** Chains a staff member's state after a change to their row, in the same transaction. */
export async function chainStaffState(tx: WriteTx, mac: ChainMac, staffId: string, atMs: number): Promise<void> {
  const row = await tx.get(`${STAFF_STATE_SQL} WHERE id = ?`, [uuidToBytes(staffId)]);
  if (!row) throw new Error(`staff ${staffId} vanished inside its own transaction`);
  await appendState(tx, mac, 'staff.state', staffId, staffStateJson(row), atMs);
}

/**
 * Chains a domain subject's state (a customer, a wallet, a card, …) after a change to its row, in
 * the same transaction. Every write to a guarded domain table calls this, or verify names it.
 */
export async function chainState(tx: WriteTx, mac: ChainMac, kind: DomainStateKind, subjectId: string, atMs: number): Promise<void> {
  const json = await DOMAIN_STATE_READERS[kind].one(tx, subjectId);
  if (json === undefined) throw new Error(`${kind} ${subjectId} vanished inside its own transaction`);
  await appendState(tx, mac, kind, subjectId, json, atMs);
}

/** Chains the merchant facts after setup (or any later change to them), in the same transaction. */
export async function chainMetaState(tx: WriteTx, mac: ChainMac, atMs: number): Promise<void> {
  await appendState(tx, mac, 'meta.state', null, await currentMetaState(tx), atMs);
}

export type MerchantFacts = { readonly merchantName: string; readonly currency: string; readonly setupDoneAtMs: number; readonly demo?: boolean };

/** The merchant facts of setup, chained in the same transaction; never written anywhere else. */
export async function writeMerchantFacts(tx: WriteTx, mac: ChainMac, facts: MerchantFacts, nowMs: number): Promise<void> {
  await writeMetaIn(tx, META_KEYS.merchantName, facts.merchantName);
  await writeMetaIn(tx, META_KEYS.currency, facts.currency);
  await writeMetaIn(tx, META_KEYS.setupDoneAtMs, String(facts.setupDoneAtMs));
  if (facts.demo === true) await writeMetaIn(tx, META_KEYS.demoShop, 'true');
  await chainMetaState(tx, mac, nowMs);
}

/**
 * A database from before migration 40 has staff and merchant facts but no snapshots of them:
 * chain what is there once, when no snapshot exists at all. Never afterwards, or a row added with
 * the database key alone would be sealed as if it were ours.
 */
export async function sealUnchainedState(tx: WriteTx, mac: ChainMac, atMs: number): Promise<void> {
  if (await tx.get("SELECT 1 FROM journal WHERE kind IN ('staff.state', 'meta.state') LIMIT 1")) return;
  const staff = await currentStaffStates(tx);
  for (const [id, json] of [...staff.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    await appendState(tx, mac, 'staff.state', id, json, atMs);
  }
  const meta = await currentMetaState(tx);
  if (staff.size > 0 || (await tx.get('SELECT 1 FROM meta WHERE key = ?', [META_KEYS.setupDoneAtMs]))) {
    await appendState(tx, mac, 'meta.state', null, meta, atMs);
  }
}

/** How many snapshots there are, for tests and the seal's idempotence. */
export async function stateChangeCount(tx: ReadTx): Promise<number> {
  return readInt((await tx.get('SELECT count(*) AS n FROM state_change')) ?? { n: 0 }, 'n');
}
