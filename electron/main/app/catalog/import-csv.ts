import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { CSV_ERRORS_SHOWN_MAX } from '../../../../shared/ipc/contract/catalog-schemas';
import type { CsvRowError } from '../../core/catalog/csv-row';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import type { CatalogPorts } from './catalog-ports';
import { applyImport, type ImportCounts } from './import-apply';
import { checkAgainstCatalog, readImport } from './import-rows';
import type { ImportStaging } from './import-staging';

type ImportInput = Input<'catalog.importCsv'>;
type ImportOutput = Output<'catalog.importCsv'>;
export type ImportCsv = (input: ImportInput, caller: Caller, origin: string) => Promise<Result<ImportOutput>>;

const NOTHING: ImportCounts = { created: 0, updated: 0, unchanged: 0, categoriesCreated: 0 };

function answer(input: ImportInput, charsReceived: number, rows: number, committed: boolean, counts: ImportCounts, errors: readonly CsvRowError[]): ImportOutput {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return {
    importId: input.importId, charsReceived, rows, done: true, committed, ...counts,
    rejected: new Set(errors.map((e) => e.row)).size,
    errors: sorted.slice(0, CSV_ERRORS_SHOWN_MAX), errorsTruncated: sorted.length > CSV_ERRORS_SHOWN_MAX, replayed: false,
  };
}

/**
 * catalog.importCsv: parts are held until the last; then the whole file is read and every row
 * checked (on its own, across rows, against the catalog) before anything is written, and the
 * writes, the categories the file names and the one `audit.catalogImported` entry commit in one
 * transaction. `all_or_nothing` writes no product when any row is bad; `valid_rows` writes the
 * good ones. Either way the answer lists the bad rows with their column and reason.
 */
export function importCsv(ports: CatalogPorts, staging: ImportStaging): ImportCsv {
  return async (input, caller, origin) => {
    const replay = staging.replay(input.importId);
    if (replay) return ok(replay);
    const received = staging.receive(input, caller.staffId);
    if (!received.ok) return received;
    const r = received.value;
    if (!r.done) {
      return ok({
        importId: input.importId, charsReceived: r.charsReceived, rows: 0, done: false, committed: false, ...NOTHING, rejected: 0,
        errors: [], errorsTruncated: false, replayed: false,
      });
    }
    const read = readImport(r.text, new Set(ports.taxClasses()));
    if (!read.ok) {
      staging.drop(input.importId);
      return err(read.error.code, read.error.message);
    }
    const nowMs = ports.clock.nowMs();
    const out = await ports.db.tx.write(async (tx) => {
      const checked = await checkAgainstCatalog(tx, read.value.drafts);
      const errors = [...read.value.errors, ...checked.errors];
      const commit = r.mode === 'valid_rows' || errors.length === 0;
      const counts = commit ? await applyImport(tx, checked.good, nowMs) : NOTHING;
      const result = answer(input, r.charsReceived, read.value.rows, commit, counts, errors);
      await appendAudit(tx, ports.mac, {
        kind: 'audit.catalogImported', staffId: caller.staffId, origin,
        detail: {
          importId: input.importId, mode: r.mode, committed: commit, rows: result.rows, created: result.created, updated: result.updated,
          unchanged: result.unchanged, rejected: result.rejected, categoriesCreated: result.categoriesCreated,
        },
      }, nowMs);
      return result;
    });
    staging.finish(input.importId, out);
    return ok(out);
  };
}
