/**
 * The placeholders and parameters of an `IN (…)` list, padded to the next power of two with
 * repeats of the first value (a repeat matches nothing more). The driver caches prepared
 * statements by their SQL text, so a cart that grows by one line reuses one of a handful of
 * statements instead of preparing (and keeping) a new one for every length.
 */
export function inList<T>(values: readonly T[]): { readonly placeholders: string; readonly params: T[] } {
  if (values.length === 0) throw new Error('an IN list needs at least one value');
  let size = 1;
  while (size < values.length) size *= 2;
  const params = [...values];
  while (params.length < size) params.push(values[0] as T);
  return { placeholders: params.map(() => '?').join(','), params };
}

/**
 * `rows` cut into runs whose lengths are powers of two (largest first, at most `largest`): a
 * multi-row INSERT of 10 rows is two statements (8 + 2), and every length reuses a handful of
 * prepared statements, as `inList` does for reads.
 */
export function powerOfTwoRuns<T>(rows: readonly T[], largest = 256): T[][] {
  const runs: T[][] = [];
  let at = 0;
  while (at < rows.length) {
    let size = largest;
    while (size > rows.length - at) size /= 2;
    runs.push(rows.slice(at, at + size));
    at += size;
  }
  return runs;
}
