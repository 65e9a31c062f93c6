import { randomBytes } from 'node:crypto';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { Result } from '../../shared/domain/result';
import type { Settings } from '../../shared/ipc/contract/settings';
import type { MethodKey } from '../../shared/ipc/contract';
import { memorySettingsStore, type SettingsStore } from '../../electron/main/core/settings/settings-store';
import type { LockoutPolicy } from '../../electron/main/core/staff/lockout-policy';
import { fixedKeys, openApp } from '../../electron/main/app/open-data-dir';
import { readInt, readText } from '../../electron/main/db/sql-value';
import type { ChainMac } from '../../electron/main/db/chain-mac';
import type { Database } from '../../electron/main/db/connection';
import { findStaffById, type StaffRecord } from '../../electron/main/db/repositories/staff.repo';
import { EventHub } from '../../electron/main/app/event-sink';
import type { CallEffects, Transport } from '../../electron/main/ipc/call-context';
import { createApp, type App } from '../../electron/main/ipc/handlers/create-app';
import { FixedClock, tempDir } from './test-db';

export type ReceivedEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export type LoggedError = { message: string; detail: Record<string, unknown> };

/** Row counts and the journal head: what a call may or may not have written. */
export type WriteMark = { readonly totalChanges: number; readonly headSeq: number; readonly settingsWrites: number };

export type JournalRow = { seq: number; kind: string; refId: string | null };

export type TestApp = {
  app: App;
  /** The app's database, for reading what a call wrote. */
  db: Database;
  /** The chain key, for tests that write guarded rows through repositories. */
  mac: ChainMac;
  terminalId: string;
  /** The data directory (database, WAL, key file, anchor), for tests that read the raw files. */
  dir: string;
  /** The settings store the app writes through. */
  settings: SettingsStore;
  findStaff(id: string): Promise<StaffRecord | undefined>;
  clock: FixedClock;
  /** Every push event, in order. */
  received: ReceivedEvent[];
  /** Everything dispatch logged (a handler that threw). */
  errors: LoggedError[];
  /** Calls through the real dispatch, as the Electron router would (transport 'ipc'). */
  call(key: MethodKey | string, input: unknown, transport?: Transport, effects?: CallEffects): Promise<Result<unknown>>;
  /** `SELECT total_changes()` on the one connection, the chain head and settings-store writes. */
  mark(): Promise<WriteMark>;
  /** Journal rows after `afterSeq`, oldest first. */
  journalSince(afterSeq: number): Promise<JournalRow[]>;
  close(): Promise<void>;
};

export type TestAppOptions = {
  lockout?: Partial<LockoutPolicy>;
  settings?: Settings;
};

/**
 * A real app over a real encrypted ledger in a temp dir: random data keys, memory settings, a
 * fixed clock and cheap scrypt (N = 1024) so sign-ins cost about a millisecond.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { dir, cleanup } = tempDir('tillbook-app-');
  const clock = new FixedClock();
  const keys = { root: randomBytes(32), db: randomBytes(32) };
  const inner = memorySettingsStore(options.settings);
  let settingsWrites = 0;
  const settings: SettingsStore = {
    read: () => inner.read(),
    write: (next) => {
      settingsWrites += 1;
      inner.write(next);
    },
  };
  const events = new EventHub();
  const received: ReceivedEvent[] = [];
  events.subscribe({ emit: (name, payload) => received.push({ name, payload } as ReceivedEvent) });
  const errors: LoggedError[] = [];
  // The same opening sequence as every host (first run: the database is created), over keys in hand.
  const opened = await openApp({
    dir,
    keySource: fixedKeys(keys),
    settings,
    events,
    clock,
    appVersion: '0.0.0-test',
    log: { error: (message, detail) => errors.push({ message, detail }) },
    secretHashCost: { N: 1024 },
    ...(options.lockout ? { lockout: options.lockout } : {}),
    build: async (deps) => ({ app: await createApp(deps), db: deps.dataDir.db, mac: deps.dataDir.mac, terminalId: deps.dataDir.terminalId }),
  });
  if (!opened.ok) {
    cleanup();
    throw new Error(`test app: ${opened.error.code} ${opened.error.message}`);
  }
  const { app, db, mac, terminalId } = opened.value;
  return {
    app,
    db,
    mac,
    terminalId,
    dir,
    settings,
    findStaff: (id) => db.tx.read((tx) => findStaffById(tx, id)),
    clock,
    received,
    errors,
    call: (key, input, transport = 'ipc', effects = {}) => app.dispatch(key, input, transport, effects),
    // One statement on the queue, outside a transaction: cheap enough to run around every call.
    mark: () =>
      db.tx.exclusive(async (connection) => {
        const row = await connection.get('SELECT total_changes() AS n, coalesce((SELECT max(seq) FROM journal), 0) AS s');
        return { totalChanges: row ? readInt(row, 'n') : -1, headSeq: row ? readInt(row, 's') : -1, settingsWrites };
      }),
    journalSince: (afterSeq) =>
      db.tx.read(async (tx) => {
        const rows = await tx.all('SELECT seq, kind, hex(ref_id) AS ref FROM journal WHERE seq > ? ORDER BY seq', [afterSeq]);
        return rows.map((row) => {
          const ref = row['ref'];
          return {
            seq: readInt(row, 'seq'),
            kind: readText(row, 'kind'),
            refId: typeof ref === 'string' && ref.length === 32 ? hexToUuid(ref) : null,
          };
        });
      }),
    close: async () => {
      await app.close();
      cleanup();
    },
  };
}

function hexToUuid(hex: string): string {
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const OWNER = { staffCode: 'owner', secret: '246813', displayName: 'Olive Owner' } as const;

export function setupInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    merchantName: 'Corner Shop',
    terminalName: 'Till 1',
    currency: 'CNY',
    locale: 'en',
    taxProfile: 'none',
    owner: { displayName: OWNER.displayName, staffCode: OWNER.staffCode, secretKind: 'pin', secret: OWNER.secret },
    ...overrides,
  };
}

/** Unwraps an ok Result or fails with its error code and message. */
export function expectOk<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export type StaffSeed = { id: string; staffCode: string; secret: string; role: 'owner' | 'manager' | 'cashier' };

/**
 * Completes setup and signs the owner in; `staff` adds members through staff.create as the owner.
 * Leaves the owner signed in.
 */
export async function setupWithStaff(
  t: TestApp,
  staff: readonly Omit<StaffSeed, 'id'>[] = [],
): Promise<{ owner: StaffSeed; members: StaffSeed[] }> {
  const setup = expectOk<{ ownerId: string }>(await t.call('setup.complete', setupInput()));
  expectOk(await t.call('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
  const members: StaffSeed[] = [];
  for (const member of staff) {
    const secretKind = /^[0-9]+$/.test(member.secret) ? 'pin' : 'password';
    const created = expectOk<{ id: string }>(
      await t.call('staff.create', { displayName: `${member.role} ${member.staffCode}`, staffCode: member.staffCode, role: member.role, secretKind, secret: member.secret }),
    );
    members.push({ ...member, id: created.id });
  }
  return { owner: { id: setup.ownerId, staffCode: OWNER.staffCode, secret: OWNER.secret, role: 'owner' }, members };
}

export async function signInAs(t: TestApp, who: { staffCode: string; secret: string }): Promise<void> {
  expectOk(await t.call('staff.signIn', { staffCode: who.staffCode, secret: who.secret }));
}
