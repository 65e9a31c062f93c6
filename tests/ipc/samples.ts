import type { Input, MethodKey } from '../../shared/ipc/contract';
import { OWNER } from '../support/test-app';

/** Valid inputs per contract key: the typed map makes a new contract entry a compile error here. */
export type ValidInputs = { readonly [K in MethodKey]: readonly Input<K>[] };

export const MANAGER = { staffCode: 'mgr1', secret: '135792' } as const;
export const CASHIER = { staffCode: 'cash1', secret: '975310' } as const;

/** A UUIDv7 that names nobody. */
export const NOBODY_ID = '01890000-0000-7000-8000-000000000000';

/**
 * Every field filled in (optional ones too), so a walk over a sample reaches every leaf of the
 * schema. `cashierId` is a real staff member created by the fixture.
 */
export function validInputs(ids: { cashierId: string }): ValidInputs {
  return {
    'system.status': [{}],
    'setup.complete': [
      {
        merchantName: 'Corner Shop', terminalName: 'Till 2', currency: 'EUR', locale: 'en', taxProfile: 'none',
        owner: { displayName: 'Second Owner', staffCode: 'owner2', secretKind: 'password', secret: 'correcthorse42battery' },
      },
    ],
    'staff.signIn': [
      { staffCode: OWNER.staffCode, secret: OWNER.secret },
      { staffCode: 'nobody', secret: '0000' },
    ],
    'staff.unlock': [{ secret: OWNER.secret }],
    'staff.signOut': [{}],
    'staff.session': [{}],
    'staff.lock': [{}],
    'staff.list': [{}],
    'staff.create': [
      { displayName: 'New Cashier', staffCode: 'newc', role: 'cashier', secretKind: 'pin', secret: '86420' },
      { displayName: 'New Manager', staffCode: 'newm', role: 'manager', secretKind: 'password', secret: 'abcdefgh1234' },
    ],
    'staff.setRole': [
      { targetStaffId: ids.cashierId, role: 'cashier' },
      { targetStaffId: NOBODY_ID, role: 'manager' },
    ],
    'approval.grant': [
      { request: { action: 'sale.refund', subject: '{"saleId":"x","amountMinor":1999}' }, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret },
    ],
    'settings.get': [{}],
    'settings.update': [
      {
        terminalName: 'Till 3', merchantName: 'Corner Shop', locale: 'zh-CN', currency: 'CNY', theme: 'dark',
        density: 'large', printer: 'EPSON TM-T20', backendUrl: 'https://sync.example.com/api', idleLockMinutes: 10,
      },
      { printer: null, backendUrl: null },
      {},
    ],
    'ledger.health': [{}],
    'ledger.verify': [{}],
  };
}

export type Path = readonly (string | number)[];

/** Every path in a JSON-like value, the root included, parents before children. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...allPaths(item, [...prefix, i])));
  else if (isPlainObject(value)) for (const key of Object.keys(value)) out.push(...allPaths(value[key], [...prefix, key]));
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A deep copy of a JSON-like value with `path` set to `next` (or deleted when `next` is DELETE). */
export const DELETE = Symbol('delete');

export function withPath(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next === DELETE ? undefined : next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = shallowCopy(value);
  if (rest.length === 0 && next === DELETE) {
    delete copy[head];
    return copy;
  }
  // defineProperty, not assignment: a key named __proto__ must become an own data property.
  Object.defineProperty(copy, head, { value: withPath(copy[head], rest, next), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** `base` with one extra own key (also `__proto__` or `constructor`) at the object at `path`. */
export function withExtraKey(value: unknown, path: Path, key: string, extra: unknown): unknown {
  if (path.length === 0) {
    const copy = { ...(value as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = shallowCopy(value);
  copy[head] = withExtraKey(copy[head], rest, key, extra);
  return copy;
}

export function getPath(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

/** Paths in `value` that lead to plain objects (where an unknown key can be smuggled in). */
export function objectPaths(value: unknown): Path[] {
  return allPaths(value).filter((p) => isPlainObject(getPath(value, p)));
}

/** Paths in `value` that lead to leaves (strings, numbers, booleans, null). */
export function leafPaths(value: unknown): Path[] {
  return allPaths(value).filter((p) => {
    const v = getPath(value, p);
    return !isPlainObject(v) && !Array.isArray(v);
  });
}

function shallowCopy(value: unknown): Record<string | number, unknown> {
  if (Array.isArray(value)) return [...(value as unknown[])] as unknown as Record<number, unknown>;
  return { ...(value as Record<string, unknown>) };
}
