import { err } from '../../../../shared/domain/result';
import type { UseCases } from '../../app/assemble';
import type { Handlers } from './handler-types';

type ShiftKeys = 'shifts.open' | 'shifts.current' | 'shifts.cashMovement' | 'shifts.noSale' | 'shifts.xReport' | 'shifts.close'
  | 'shifts.zReports' | 'shifts.zReport' | 'reports.sales' | 'reports.taxes' | 'reports.storedValue';

// Interim: the contract is published first so the screens can be built against it; the use cases follow.
const notYet = async () => err('internal', 'shifts: not built yet');

/** Handlers of the shifts domain's contract entries (shared/ipc/contract/shifts-domain.ts). */
export function shiftHandlers(_uc: UseCases): Pick<Handlers, ShiftKeys> {
  return {
    'shifts.open': notYet, 'shifts.current': notYet, 'shifts.cashMovement': notYet, 'shifts.noSale': notYet, 'shifts.xReport': notYet,
    'shifts.close': notYet, 'shifts.zReports': notYet, 'shifts.zReport': notYet, 'reports.sales': notYet, 'reports.taxes': notYet,
    'reports.storedValue': notYet,
  };
}
