import type { z } from '../../shared/ipc/zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: readonly z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every object key a schema can produce, with its dotted path: the fields a contract output or a
 * push event can carry. Walks objects, arrays, unions, optionals, pipes and the like.
 */
export function schemaKeys(schema: z.ZodType, prefix = '', seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const out: string[] = [];
  const walk = (inner: z.ZodType | undefined, path = prefix) => {
    if (inner) out.push(...schemaKeys(inner, path, seen));
  };
  if (def.shape) {
    for (const [key, value] of Object.entries(def.shape)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      walk(value, path);
    }
  }
  walk(def.element);
  for (const option of def.options ?? []) walk(option);
  for (const item of def.items ?? []) walk(item);
  walk(def.innerType);
  walk(def.in);
  walk(def.out);
  walk(def.left);
  walk(def.right);
  walk(def.valueType);
  if (def.getter) walk(def.getter());
  return out;
}
