/**
 * How a command of the domain model test (tests/app/domain-model.test.ts) meets the app: the
 * model turns picks into a request and predicts its outcome (the exact refusal code, or success
 * with what the output must say and how the model changes), the request goes through the real
 * dispatch, and the answer must be exactly the one predicted. A predicted repeat or refusal that
 * books nothing must also leave the journal head where it was (and the balances, checked after).
 */
import { expect } from 'vitest';
import type { ErrorCode } from '../../shared/domain/errors';
import type { Tender } from '../../shared/domain/tender';
import type { Input, MethodKey, Output } from '../../shared/ipc/contract';
import type { DomainModel } from './domain-model-state';
import type { World } from './domain-model-world';

export type Expect<O> =
  | {
    readonly ok: true;
    /** The answer repeats an earlier outcome: `replayed: true`, and nothing journaled unless `writes`. */
    readonly replay?: boolean;
    /** A repeat that still writes (a top-up's repeat records its card's expiry when it meets it). */
    readonly writes?: boolean;
    readonly check?: (out: O) => void;
    readonly apply?: (out: O) => void;
  }
  | {
    readonly ok: false;
    readonly code: ErrorCode;
    /** The refusal writes something (a counted PIN try, a stored decline, a sweep before it). */
    readonly writes?: boolean;
    readonly apply?: () => void;
  };

/** The wallets and cards a command touched: their balances are read back through the contract after it. */
export type Touch = { readonly wallets: readonly string[]; readonly cards: readonly string[] };

export type Plan = {
  readonly key: MethodKey;
  /** Read after `execute`: a new customer's wallet is known only from the answer. */
  touch(): Touch;
  /**
   * Sends the request, compares the answer with the prediction, updates the model. Answers
   * whether the database may have changed: false only for a predicted repeat or a refusal that
   * books nothing (checked: the journal head stayed) when not a single row changed.
   */
  execute(world: World): Promise<{ readonly changed: boolean }>;
};

/** Outcome counts over the whole property, printed at the end. */
export const outcomeStats = new Map<string, number>();

export function plan<K extends MethodKey>(
  key: K, input: Input<K> | (() => Promise<Input<K>>), expected: Expect<Output<K>>, touch: Partial<Touch> | (() => Partial<Touch>) = {},
): Plan {
  return {
    key,
    touch: () => {
      const t = typeof touch === 'function' ? touch() : touch;
      return { wallets: t.wallets ?? [], cards: t.cards ?? [] };
    },
    execute: async (world) => {
      const request = typeof input === 'function' ? await input() : input;
      const quiet = expected.writes !== true && (!expected.ok || expected.replay === true);
      const before = quiet ? await world.t.mark() : undefined;
      const result = await world.t.call(key, request);
      let label: string;
      if (expected.ok) {
        if (!result.ok) throw new Error(`${key}: the model expected ok, the app refused ${result.error.code}: ${result.error.message}`);
        const out = result.value as Output<K>;
        const replayed = (out as { replayed?: unknown }).replayed;
        if (replayed !== undefined) expect(replayed, `${key}: replayed`).toBe(expected.replay === true);
        expected.check?.(out);
        expected.apply?.(out);
        label = expected.replay === true ? 'replayed' : 'ok';
      } else {
        if (result.ok) throw new Error(`${key}: the model expected ${expected.code}, the app answered ok`);
        expect(result.error.code, `${key}: refusal (${result.error.message})`).toBe(expected.code);
        expected.apply?.();
        label = expected.code;
      }
      // Nothing journaled; and when not even a row changed, the state is the one checked before. (A
      // repeat of a declined batch tries the ledger's one-statement fast path again, which the
      // schema refuses and SQLite rolls back: that counts in total_changes but leaves no row.)
      const after = before && (await world.t.mark());
      if (before && after) expect(after.headSeq, `${key} ${label}: nothing may be journaled`).toBe(before.headSeq);
      const stat = `${key} ${label}`;
      outcomeStats.set(stat, (outcomeStats.get(stat) ?? 0) + 1);
      return { changed: !before || !after || after.totalChanges !== before.totalChanges };
    },
  };
}

/** A repeat's answer is the first one: every field but `replayed` and the ones that say how things are now. */
export function sameAnswer(out: object, first: object | null, now: readonly string[] = []): void {
  const strip = (o: object | null): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => k !== 'replayed' && !now.includes(k)));
  expect(strip(out), 'a repeat answers the first outcome').toEqual(strip(first));
}

/**
 * A request, planned against the model when it is sent (and again when the repeat command sends
 * it once more). `when`: a later step of a composite command is sent only if it still applies.
 */
export type Sent = {
  readonly label: string;
  readonly replan: (m: DomainModel) => Plan;
  readonly when?: (m: DomainModel) => boolean;
  /**
   * The same operation id with another amount (`delta` more): the conflict command's request. A
   * refusal that booked nothing left the id free, so then it is an ordinary new request.
   */
  readonly vary?: (delta: number) => Sent;
};

/** The answer to an operation id that already decided something, for another request. */
export function conflictOr(m: DomainModel, operationId: string, key: MethodKey, input: unknown, otherwise: () => Plan): Plan {
  if (!m.ops.has(operationId)) return otherwise();
  return plan(key as 'cards.topUp', input as Input<'cards.topUp'>, { ok: false, code: 'id_exists_with_different_content' });
}

export const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(items.length, 1)];

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`model: ${what} expected`);
  return value;
}

/** An amount, resolved against a reference the model knows (what is available, a limit's room, a hold). */
export type AmountSpec = { readonly mode: 'small' | 'big' | 'exact' | 'under' | 'over'; readonly n: number };

export function amountOf(spec: AmountSpec, reference: number): number {
  const known = reference >= 1 && reference <= 1_000_000;
  switch (spec.mode) {
    case 'small': return 1 + (spec.n % (known ? reference : 3000));
    case 'big': return 3000 + (spec.n % 40_000);
    case 'exact': return known ? reference : 1 + (spec.n % 3000);
    case 'under': return known ? Math.max(1, reference - 1) : 1 + (spec.n % 3000);
    case 'over': return known ? reference + 1 : 1 + (spec.n % 3000);
  }
}

export function tenderOf(n: number): Tender {
  switch (n % 3) {
    case 0: return { kind: 'cash' };
    case 1: return { kind: 'external_card', approvalCode: `AP-${n % 100_000}` };
    default: return { kind: 'bank_transfer', reference: `REF ${n % 100_000}/26` };
  }
}

/** A code as its reader compares it: hyphens dropped, upper case. */
export const canonical = (code: string): string => code.replace(/-/g, '').toUpperCase();

/** The same code with one data symbol replaced by another: its check character must catch it. */
export function mistype(code: string, n: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const positions = [...code].map((ch, i) => (alphabet.includes(ch) ? i : -1)).filter((i) => i >= 0).slice(0, -1);
  const at = must(pick(positions, n), 'a data symbol');
  const old = code[at] ?? '0';
  const next = must(pick([...alphabet].filter((ch) => ch !== old), n >> 4), 'another symbol');
  return code.slice(0, at) + next + code.slice(at + 1);
}
