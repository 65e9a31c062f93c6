import {
  PAYLOAD_DEPTH_MAX,
  PAYLOAD_NODES_MAX,
  PAYLOAD_STRING_CHARS_MAX,
} from '../../../shared/ipc/limits';

/**
 * A bounded walk before zod: structured clone can deliver deep nesting, huge arrays, cycles,
 * BigInt and Dates that JSON never would. It stops at the first limit it crosses, so its own
 * cost is bounded by the limits, not by the input.
 */
export function payloadShapeProblem(input: unknown): string | undefined {
  let nodes = 0;
  let chars = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    nodes += 1;
    if (nodes > PAYLOAD_NODES_MAX) return 'too many values';
    if (depth > PAYLOAD_DEPTH_MAX) return 'nested too deeply';
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > PAYLOAD_STRING_CHARS_MAX) return 'strings too long';
    } else if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
      return `unsupported value type ${typeof value}`;
    } else if (value !== null && typeof value === 'object') {
      if (Array.isArray(value)) {
        if (value.length > PAYLOAD_NODES_MAX) return 'array too long';
        for (const item of value) stack.push({ value: item, depth: depth + 1 });
      } else {
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) return 'only plain objects are accepted';
        const keys = Object.keys(value);
        if (keys.length > PAYLOAD_NODES_MAX) return 'too many values';
        for (const key of keys) {
          chars += key.length;
          if (chars > PAYLOAD_STRING_CHARS_MAX) return 'strings too long';
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}
