import { randomBytes } from 'node:crypto';
import { newId } from '../../../shared/domain/ids';
import type { SalesTotals } from '../../../shared/domain/sales/totals';
import type { ClosureView } from '../../../shared/ipc/contract/shifts-closures';
import { shiftUseCases, type ShiftUseCases } from '../../../electron/main/app/shifts/assemble-shifts';
import type { Caller } from '../../../electron/main/core/staff/caller';
import { zSignerFor, type ZSigner } from '../../../electron/main/db/z-signing';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/**
 * A terminal whose shift use cases run in a chosen zone, with each shift's sales given by the
 * test (as SALES would total them): each Z's figures are known, so a closure's sums can be checked.
 */
export type ClosureWorld = {
  readonly t: TestApp;
  readonly uc: ShiftUseCases;
  readonly owner: Caller;
  readonly signer: ZSigner;
  /** Opens a shift, sells `totalMinor` in cash (two sales at 13 % VAT), and closes it an hour later. */
  readonly dayOfTrade: (totalMinor: number) => Promise<{ zNumber: number; seq: number }>;
  readonly setNow: (iso: string) => void;
  readonly closeMonth: (period: string, closureId?: string) => Promise<ClosureView>;
};

export function salesOf(totalMinor: number): SalesTotals {
  const taxMinor = Math.round((totalMinor * 1300) / 11300);
  return {
    currency: 'CNY', saleCount: 2, refundCount: 0, voidCount: 0, grossMinor: totalMinor, discountMinor: 0, netMinor: totalMinor - taxMinor, taxMinor,
    totalMinor, refundsMinor: 0, byTax: [{ taxClass: 'standard', rateBp: 1300, netMinor: totalMinor - taxMinor, taxMinor, totalMinor }],
    byTender: [{ kind: 'cash', salesMinor: totalMinor, refundsMinor: 0 }], cashTakenMinor: 0, cashRefundedMinor: 0,
  };
}

export async function closureWorld(timeZone: string): Promise<ClosureWorld> {
  const t = await createTestApp();
  const seeded = await setupWithStaff(t);
  const owner: Caller = { staffId: seeded.owner.id, role: 'owner', displayName: 'Olive Owner' };
  const signer = zSignerFor(new Uint8Array(randomBytes(32)));
  let nextTotal = 0;
  const uc = shiftUseCases({
    db: t.db, mac: t.mac, terminalId: t.terminalId, clock: t.clock, audit: async () => undefined, signer, timeZone: () => timeZone,
    saleTotals: async () => salesOf(nextTotal),
  });
  return {
    t, uc, owner, signer,
    dayOfTrade: async (totalMinor) => {
      nextTotal = totalMinor;
      const shiftId = newId();
      expectOk(await uc.open({ shiftId, floatMinor: 0 }, owner));
      t.clock.advance(3_600_000);
      const { z } = expectOk<{ z: { zNumber: number; seq: number } }>(await uc.close({ shiftId, countedCashMinor: 0, confirmUnsynced: true }, owner, 'ipc'));
      return z;
    },
    setNow: (iso) => {
      t.clock.now = Date.parse(iso);
    },
    closeMonth: async (period, closureId = newId()) => expectOk<{ closure: ClosureView }>(await uc.closePeriod({ kind: 'month', closureId, period }, owner)).closure,
  };
}
