import type { Settings } from '../../../../shared/ipc/contract/settings';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { cachedProductsForPricing } from '../../db/pricing-cache';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import type { DomainPorts } from '../domain-ports';
import { completeSale, type CompleteSale } from './complete-sale';
import { overridePrice, type OverridePrice } from './override-price';
import { discardParked, listParked, parkCart, resumeParked, type DiscardParked, type ListParked, type ParkCart, type ResumeParked } from './parked-carts';
import { lookupPayment, requestPayment, simulatorNext, type LookupPayment, type RequestPayment, type SimulatorNext } from './payments';
import { priceSaleCart, type PriceSaleCart } from './price-sale-cart';
import { saleDue, type SaleDue } from './tender-due';
import type { SimulatorMemory } from '../../sys/simulator-memory';
import type { PaymentProvider } from './providers/payment-provider';
import { simulatorProvider, type SimulatorProvider } from './providers/simulator-provider';
import { refundSale, voidSale, type RefundSale, type VoidSale } from './refund-sale';
import { fetchReceipt, type FetchReceipt } from './sale-receipt-fetch';
import { findSaleDetail, type FindSale } from './sale-state';
import type { SalesPorts } from './sales-ports';
import { taxProfileFromMeta } from './tax-profile-of';

/** The bound use cases of the sales domain. */
export type SalesUseCases = {
  readonly price: PriceSaleCart;
  readonly due: SaleDue;
  readonly park: ParkCart;
  readonly parked: ListParked;
  readonly resume: ResumeParked;
  readonly discardParked: DiscardParked;
  readonly overridePrice: OverridePrice;
  readonly complete: CompleteSale;
  readonly find: FindSale;
  readonly refund: RefundSale;
  readonly void: VoidSale;
  readonly receipt: FetchReceipt;
  readonly displayQr: (input: Input<'sales.displayQr'>) => Promise<Result<Output<'sales.displayQr'>>>;
  readonly requestPayment: RequestPayment;
  readonly lookupPayment: LookupPayment;
  readonly simulatorNext: SimulatorNext;
};

export type SalesAssembly = {
  /** The terminal's settings as they are now (the receipt header's names). */
  readonly settings: () => Pick<Settings, 'merchantName' | 'terminalName'>;
  /** Test seam: another provider than the simulator (the simulator command then has nothing to steer). */
  readonly provider?: PaymentProvider;
  /** Where the simulator keeps its decisions (the data dir's file); without it, in this process only. */
  readonly simulatorMemory?: SimulatorMemory;
};

/** The merchant fact setup writes for a demo shop (META_KEYS.demoShop): its value is 'true'. */
const DEMO_SHOP_KEY = 'demo_shop';

export function assembleSalesUseCases(ports: DomainPorts, assembly: SalesAssembly): SalesUseCases {
  const simulator: SimulatorProvider = simulatorProvider(ports.clock, assembly.simulatorMemory);
  const salesPorts: SalesPorts = {
    db: ports.db, mac: ports.mac, terminalId: ports.terminalId, clock: ports.clock, consumeApproval: ports.consumeApproval, events: ports.events,
    provider: assembly.provider ?? simulator, taxProfile: taxProfileFromMeta, demo: async (tx) => (await readMetaIn(tx, DEMO_SHOP_KEY)) === 'true',
    header: async (tx) => {
      const s = assembly.settings();
      return { merchantName: (await readMetaIn(tx, META_KEYS.merchantName)) ?? s.merchantName, terminalName: s.terminalName };
    },
    shownProducts: cachedProductsForPricing(),
  };
  return {
    price: priceSaleCart(salesPorts),
    due: saleDue(salesPorts),
    park: parkCart(salesPorts),
    parked: listParked(salesPorts),
    resume: resumeParked(salesPorts),
    discardParked: discardParked(salesPorts),
    overridePrice: overridePrice(salesPorts),
    complete: completeSale(salesPorts),
    find: findSaleDetail(salesPorts),
    refund: refundSale(salesPorts),
    void: voidSale(salesPorts),
    receipt: fetchReceipt(salesPorts),
    displayQr: async (input) => {
      ports.events.emit('display.walletQr', { payload: input.payload });
      return ok({ shown: true as const });
    },
    requestPayment: requestPayment(salesPorts),
    lookupPayment: lookupPayment(salesPorts),
    simulatorNext: simulatorNext(simulator),
  };
}
