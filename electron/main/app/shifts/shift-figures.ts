import type { DrawerTotals, PeriodTotals } from '../../../../shared/domain/records/shifts';
import { drawerFigures, periodFrom } from '../../core/shifts/shift-figures';
import { cashMovementSums } from '../../db/repositories/cash-movement.repo';
import { drawerBalance, type ShiftRow } from '../../db/repositories/shift.repo';
import type { ReadTx } from '../../db/tx';
import type { SaleTotalsOf } from './shift-ports';

export type ShiftFigures = { readonly period: PeriodTotals; readonly drawer: DrawerTotals };

/**
 * The figures of a shift as they stand in this transaction: the sales totals (SALES), the cash
 * movements, and the drawer account's balance; with the count when closing.
 */
export async function shiftFigures(tx: ReadTx, saleTotals: SaleTotalsOf, shift: ShiftRow, countedMinor: number | null): Promise<ShiftFigures> {
  const sales = await saleTotals(tx, shift.id);
  const sums = await cashMovementSums(tx, shift.id);
  const drawer = drawerFigures({
    floatMinor: shift.floatMinor, cashTakenMinor: sales.cashTakenMinor, cashRefundedMinor: sales.cashRefundedMinor,
    paidInMinor: sums.paidInMinor, paidOutMinor: sums.paidOutMinor, paidInCount: sums.paidInCount, paidOutCount: sums.paidOutCount,
    noSaleCount: sums.noSaleCount, drawerBalanceMinor: await drawerBalance(tx, shift.currency),
  }, countedMinor);
  return { period: periodFrom(sales), drawer };
}
