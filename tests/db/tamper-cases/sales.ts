import { newId } from '../../../shared/domain/ids';
import { priceOverrideApproval, refundApproval, voidApproval } from '../../../shared/ipc/contract/sales-domain';
import { expectOk, type TestApp } from '../../support/test-app';
import { seedProducts } from '../../app/sales/sales-fixture';

/**
 * Writes at least one entry of every record kind of the sales domain through its use cases (the
 * owner signed in; a manager of its own approves): a provider payment requested and resolved,
 * a price override, two sales (one refunded in part, one voided). The sales domain has no state
 * kinds: its rows are described by records, which have the generic tamper case.
 */
export async function seedSalesKinds(t: TestApp): Promise<void> {
  const approver = { staffCode: `sm${newId().slice(-6)}`, secret: '864213' };
  expectOk(await t.call('staff.create', { displayName: 'Sales Manager', staffCode: approver.staffCode, role: 'manager', secretKind: 'pin', secret: approver.secret }));
  const grant = async (request: { action: string; subject: string }) =>
    expectOk<{ approvalId: string }>(await t.call('approval.grant', { request, managerCode: approver.staffCode, managerSecret: approver.secret })).approvalId;
  const current = expectOk<{ shift: unknown }>(await t.call('shifts.current', {}));
  if (current.shift === null) expectOk(await t.call('shifts.open', { shiftId: newId(), floatMinor: 1_000 }));
  const [tea] = await seedProducts(t.db, [{ sku: `SEED-${newId().slice(-6)}`, name: 'Tea', priceMinor: 1_000, taxClass: 'standard' }]);
  if (!tea) throw new Error('no product');
  const cart = (overrideId?: string) => {
    const lineId = newId();
    return { cartId: newId(), currency: 'CNY', lines: [{ lineId, productId: tea.productId, quantityMilli: 2000, ...(overrideId ? { overrideId } : {}) }] };
  };
  const payment = expectOk<{ paymentId: string }>(await t.call('payments.request', {
    paymentId: newId(), saleId: newId(), method: 'alipay', amountMinor: 1_000, currency: 'CNY',
  }));
  const first = cart();
  const line = first.lines[0];
  if (!line) throw new Error('no line');
  const override = { overrideId: newId(), cartId: first.cartId, lineId: line.lineId, productId: tea.productId, unitPriceMinor: 900 };
  expectOk(await t.call('sales.overridePrice', { ...override, approvalId: await grant(priceOverrideApproval(override)) }));
  const withOverride = { ...first, lines: [{ ...line, overrideId: override.overrideId }] };
  const saleId = newId();
  expectOk(await t.call('sales.complete', {
    saleId, cart: withOverride, expectedTotalMinor: 1_800,
    tenders: [{ kind: 'provider', tenderId: newId(), paymentId: payment.paymentId }, { kind: 'cash', tenderId: newId(), amountMinor: 800 }],
  }));
  const refundId = newId();
  expectOk(await t.call('sales.refund', {
    refundId, saleId, lines: [{ lineId: line.lineId, quantityMilli: 1000 }], approvalId: await grant(refundApproval({ saleId, refundId })),
  }));
  const second = newId();
  expectOk(await t.call('sales.complete', { saleId: second, cart: cart(), expectedTotalMinor: 2_000, tenders: [{ kind: 'cash', tenderId: newId(), amountMinor: 2_000 }] }));
  const voidId = newId();
  expectOk(await t.call('sales.void', { voidId, saleId: second, approvalId: await grant(voidApproval({ saleId: second, voidId })) }));
}
