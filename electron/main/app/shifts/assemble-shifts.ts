import { saleTotals } from '../../db/repositories/sale-totals.repo';
import { zSignerFor } from '../../db/z-signing';
import type { DomainPorts } from '../domain-ports';
import { recordCashMovement, type CashMovement } from './cash-movement';
import { closePeriod, type ClosePeriod } from './close-period';
import { closeShift, type CloseShift } from './close-shift';
import { recordNoSale, type NoSale } from './no-sale';
import { openShift, type OpenShift } from './open-shift';
import { currentShift, xReport, zReport, zReports, type CurrentShift, type XReport, type ZReport, type ZReports } from './read-shifts';
import { closures, type Closures } from './read-closures';
import { hostTimeZone, salesReport, storedValueReport, taxesReport, type SalesReport, type StoredValueReport, type TaxesReport } from './reports';
import type { ShiftPorts } from './shift-ports';

/** The bound use cases of the shifts domain (shifts, cash, X and Z, monthly and yearly closures) and its reports. */
export type ShiftUseCases = {
  readonly open: OpenShift;
  readonly current: CurrentShift;
  readonly cashMovement: CashMovement;
  readonly noSale: NoSale;
  readonly xReport: XReport;
  readonly close: CloseShift;
  readonly zReports: ZReports;
  readonly zReport: ZReport;
  readonly closePeriod: ClosePeriod;
  readonly closures: Closures;
  readonly salesReport: SalesReport;
  readonly taxesReport: TaxesReport;
  readonly storedValue: StoredValueReport;
};

/** Builds the shift use cases over explicit ports (tests inject the sales totals). */
export function shiftUseCases(ports: ShiftPorts): ShiftUseCases {
  return {
    open: openShift(ports),
    current: currentShift(ports),
    cashMovement: recordCashMovement(ports),
    noSale: recordNoSale(ports),
    xReport: xReport(ports),
    close: closeShift(ports),
    zReports: zReports(ports),
    zReport: zReport(ports),
    closePeriod: closePeriod(ports),
    closures: closures(ports),
    salesReport: salesReport(ports),
    taxesReport: taxesReport(ports),
    storedValue: storedValueReport(ports),
  };
}

export function assembleShiftUseCases(ports: DomainPorts): ShiftUseCases {
  return shiftUseCases({
    db: ports.db, mac: ports.mac, terminalId: ports.terminalId, clock: ports.clock, audit: ports.audit,
    signer: zSignerFor(ports.keys.root), saleTotals, timeZone: hostTimeZone,
  });
}
