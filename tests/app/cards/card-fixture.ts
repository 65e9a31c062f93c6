import { randomBytes } from 'node:crypto';
import { assembleCardUseCases, type CardUseCases } from '../../../electron/main/app/cards/assemble-cards';
import type { DomainPorts } from '../../../electron/main/app/domain-ports';
import type { Caller } from '../../../electron/main/core/staff/caller';
import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { PIN, setUpCard, type CardSetup, type SetUpCard } from '../../ipc/reach/card-world';

export { PIN, WRONG_PIN, NO_CARD_LIMITS } from '../../ipc/reach/card-world';

/** A test app with an owner (signed in), a second manager to approve, and helpers for cards. */
export type CardTestApp = {
  readonly t: TestApp;
  readonly owner: StaffSeed;
  readonly manager: StaffSeed;
  call<T = unknown>(key: string, input: unknown): Promise<Result<T>>;
  ok<T = unknown>(key: string, input: unknown): Promise<T>;
  /** A new customer's wallet and a card on it (active with 10,000 unless `setup` says otherwise). */
  card(setup?: CardSetup): Promise<SetUpCard>;
  /** Advances the fixed clock and signs the owner in again (the idle lock ran meanwhile). */
  advance(ms: number): Promise<void>;
  /** A second manager's approval for one action, requested by the signed-in owner. */
  approval(request: { action: string; subject: string }): Promise<string>;
};

export const MANAGER = { staffCode: 'mgr1', secret: '135792' } as const;

export async function cardTestApp(): Promise<CardTestApp> {
  const t = await createTestApp();
  const { owner, members } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }]);
  const manager = members[0] as StaffSeed;
  const call = <T>(key: string, input: unknown) => t.call(key, input) as Promise<Result<T>>;
  return {
    t, owner, manager, call,
    ok: async <T>(key: string, input: unknown) => expectOk<T>(await t.call(key, input)),
    card: async (setup = {}) => setUpCard(call, (await seedCustomerAndWallet(t)).walletId, setup),
    advance: async (ms) => {
      t.clock.advance(ms);
      await signInAs(t, owner);
    },
    approval: async (request) =>
      expectOk<{ approvalId: string }>(await t.call('approval.grant', { request, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret })).approvalId,
  };
}

export const byId = (cardId: string) => ({ by: 'id' as const, cardId });
export const cash = { kind: 'cash' } as const;

/** Authorises `amountMinor` on the card with the right PIN under a new (or the given) operation id. */
export function authorize(app: CardTestApp, cardId: string, amountMinor: number, options: { pin?: string; operationId?: string } = {}) {
  return app.call<{ authorizationId: string; availableMinor: number; replayed: boolean }>('cards.authorize', {
    operationId: options.operationId ?? newId(), card: byId(cardId), pin: options.pin ?? PIN, amountMinor,
  });
}

export async function balanceOf(app: CardTestApp, cardId: string): Promise<{ balanceMinor: number; heldMinor: number; availableMinor: number }> {
  return app.ok('cards.balance', { card: byId(cardId) });
}

/** Journal kinds written after `afterSeq`. */
export async function kindsSince(t: TestApp, afterSeq: number): Promise<string[]> {
  return (await t.journalSince(afterSeq)).map((row) => row.kind);
}

export const code = (reply: Result<unknown>): string => (reply.ok ? 'ok' : reply.error.code);
export { expectOk };

/**
 * The cards use cases built again over the test app's database with ports the test chooses: a
 * known root key (so the test can derive the card keys) and an injected random source (to force
 * PAN collisions). The app's own use cases share the database, the chain key and the approvals.
 */
export function cardsWith(app: CardTestApp, options: { root: Uint8Array; random?: (n: number) => Uint8Array }): CardUseCases {
  const uc = app.t.app.useCases;
  const domain: DomainPorts = {
    db: app.t.db, mac: app.t.mac, terminalId: app.t.terminalId, clock: app.t.clock, keys: { root: options.root, db: new Uint8Array(32) },
    ledger: uc.ledger, audit: uc.recordAudit, consumeApproval: uc.consumeApproval, events: { emit: () => undefined },
    random: options.random ?? ((n) => new Uint8Array(randomBytes(n))), secretHashN: 1024,
  };
  return assembleCardUseCases(domain);
}

export function callerOf(app: CardTestApp): Caller {
  const caller = app.t.app.useCases.session.activeStaff();
  if (!caller) throw new Error('nobody signed in');
  return caller;
}
