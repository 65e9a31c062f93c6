import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type CatalogKeys = 'catalog.search' | 'catalog.byBarcode' | 'catalog.product' | 'catalog.categories' | 'catalog.upsertProduct'
  | 'catalog.upsertCategory' | 'catalog.importCsv' | 'catalog.exportCsv';

const signIn = () => err('unauthenticated', 'sign in first');

/** Handlers of the catalog domain's contract entries (shared/ipc/contract/catalog-domain.ts). */
export function catalogHandlers(uc: UseCases): Pick<Handlers, CatalogKeys> {
  const c = uc.catalog;
  // Dispatch lets only a signed-in caller (of the role the contract names) reach the writes; the check narrows the type.
  return {
    'catalog.search': (input) => c.search(input),
    'catalog.byBarcode': (input) => c.byBarcode(input),
    'catalog.product': (input) => c.product(input),
    'catalog.categories': () => c.categories(),
    'catalog.upsertProduct': async (input, ctx) => (ctx.caller ? c.upsertProduct(input, ctx.caller, ctx.transport) : signIn()),
    'catalog.upsertCategory': async (input, ctx) => (ctx.caller ? c.upsertCategory(input, ctx.caller, ctx.transport) : signIn()),
    'catalog.importCsv': async (input, ctx) => (ctx.caller ? c.importCsv(input, ctx.caller, ctx.transport) : signIn()),
    'catalog.exportCsv': (input) => c.exportCsv(input),
  };
}
