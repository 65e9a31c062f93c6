/** One row to change for a journal kind: the table, the change and its undo, and how the row names its seq. */
export type Case = { table: string; set: string; undo: string; where: string };

/** Appends to, then trims, one text field of a guarded-state snapshot. */
export function renameIn(field: string): Case {
  const value = `json_extract(state, '$.${field}')`;
  return {
    table: 'state_change', where: 'seq = ?',
    set: `state = json_set(state, '$.${field}', ${value} || 'x')`,
    undo: `state = json_set(state, '$.${field}', substr(${value}, 1, length(${value}) - 1))`,
  };
}
