/** Paths into JSON-like samples, and copies with one path changed: the fuzz and drill mutations. */
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
