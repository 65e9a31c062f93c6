import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { categoryById, categoryIdsByName, categoryKey, insertCategory, renameCategory } from '../../db/repositories/product-category.repo';
import type { CatalogPorts } from './catalog-ports';

type UpsertOutput = Output<'catalog.upsertCategory'>;
export type UpsertCategory = (input: Input<'catalog.upsertCategory'>, caller: Caller, origin: string) => Promise<Result<UpsertOutput>>;

/** Creates a category or renames one; names are unique regardless of ASCII case. Audited when something changed. */
export function upsertCategory(ports: Pick<CatalogPorts, 'db' | 'mac' | 'clock'>): UpsertCategory {
  return async (input, caller, origin) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx): Promise<Result<UpsertOutput>> => {
      const holder = (await categoryIdsByName(tx)).get(categoryKey(input.name));
      if (holder !== undefined && holder !== input.categoryId) return err('category_name_taken', 'another category has this name');
      const before = await categoryById(tx, input.categoryId);
      if (before === null) await insertCategory(tx, input.categoryId, input.name, nowMs);
      else if (before.name !== input.name) await renameCategory(tx, input.categoryId, input.name, nowMs);
      if (before === null || before.name !== input.name) {
        await appendAudit(tx, ports.mac, {
          kind: 'audit.catalogCategorySaved', staffId: caller.staffId, origin, detail: { categoryId: input.categoryId, created: before === null },
        }, nowMs);
      }
      const category = await categoryById(tx, input.categoryId);
      if (!category) throw new Error('a category saved in this transaction is missing');
      return ok({ category, created: before === null });
    });
  };
}
