import { CanonicalWriter } from '../../../../shared/domain/canonical';
import type { ClosureContent } from '../../../../shared/domain/records/closures';
import type { ZContent } from '../../../../shared/domain/records/shifts';

/** The tag that opens a Z's signed bytes: a new layout is a new tag, old ones stay verifiable. */
export const Z_CANONICAL_TAG = 'closure.z/1';
/** The tags of the monthly and yearly closures' signed bytes. */
export const CLOSURE_CANONICAL_TAGS = { month: 'closure.month/1', year: 'closure.year/1' } as const;

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * Every key and value in order: an object is its key count, then each key and value; an array its
 * length, then each item; booleans are the strings "true"/"false". Key names are part of the
 * bytes, so a field renamed or moved never signs the same.
 */
function write(w: CanonicalWriter, value: Json): void {
  if (value === null || typeof value === 'number' || typeof value === 'string') {
    w.field(value);
  } else if (typeof value === 'boolean') {
    w.str(value ? 'true' : 'false');
  } else if (Array.isArray(value)) {
    w.str('[').int(value.length);
    for (const item of value as readonly Json[]) write(w, item);
  } else {
    const entries = Object.entries(value as { readonly [key: string]: Json });
    w.str('{').int(entries.length);
    for (const [key, item] of entries) write(w.str(key), item);
  }
}

/**
 * The bytes a Z's signature covers (shared/domain/canonical.ts fields): the tag, then the content
 * in its schema's key order. The content must already be its schema's output (the record body
 * without the signature), so the writer and verify build the same bytes.
 */
export function zCanonicalBytes(content: ZContent): Uint8Array {
  return taggedBytes(Z_CANONICAL_TAG, content as unknown as Json);
}

/** The bytes a monthly or yearly closure's signature covers: as a Z's, under its kind's tag. */
export function closureCanonicalBytes(content: ClosureContent): Uint8Array {
  return taggedBytes(CLOSURE_CANONICAL_TAGS[content.kind], content as unknown as Json);
}

function taggedBytes(tag: string, content: Json): Uint8Array {
  const w = new CanonicalWriter(2048).str(tag);
  write(w, content);
  return w.finish();
}
