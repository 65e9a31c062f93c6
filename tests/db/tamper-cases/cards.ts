import { newId } from '../../../shared/domain/ids';
import type { CARD_STATE_SCHEMAS } from '../../../shared/domain/state/cards';
import { cardPinUnblockApproval, cardRevealApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, type TestApp } from '../../support/test-app';
import { PIN, setUpCard, WRONG_PIN } from '../../ipc/reach/card-world';
import { renameIn, type Case } from './case';

/** Tamper cases for the cards domain's state kinds (its record kinds have a generic case). */
export const cardTamperCases: { readonly [K in keyof typeof CARD_STATE_SCHEMAS]: Case } = {
  'card_program.state': renameIn('name'),
  'card.state': renameIn('state'),
};

const CARD_MANAGER = { staffCode: 'cardmgr', secret: '864201' } as const;

/**
 * Writes at least one entry of every state, record and audit kind of the cards domain, through
 * its use cases (the real dispatch). Needs the owner signed in; adds a manager of its own to
 * approve the unblock and the reveal.
 */
export async function seedCardKinds(t: TestApp): Promise<void> {
  const call = (key: string, input: unknown) => t.call(key, input);
  expectOk(await call('staff.create', { displayName: 'Card manager', ...CARD_MANAGER, role: 'manager', secretKind: 'pin' }));
  const approval = async (request: { action: string; subject: string }) =>
    expectOk<{ approvalId: string }>(await call('approval.grant', { request, managerCode: CARD_MANAGER.staffCode, managerSecret: CARD_MANAGER.secret })).approvalId;
  const { walletId } = await seedCustomerAndWallet(t);
  // card_program.state, card.state, card.issued, card.event (activate), card.topup
  const { cardId } = await setUpCard(call, walletId, { topUpMinor: 10_000 });
  const card = { by: 'id', cardId } as const;
  // card.payment.authorized, card.payment.captured, card.refund
  const [paid, captured] = [newId(), newId()];
  expectOk(await call('cards.authorize', { operationId: paid, card, pin: PIN, amountMinor: 1000 }));
  expectOk(await call('cards.capture', { operationId: captured, authorizationId: paid, amountMinor: 800 }));
  expectOk(await call('cards.refund', { operationId: newId(), paymentOperationId: captured, amountMinor: 300 }));
  // card.payment.released
  const released = newId();
  expectOk(await call('cards.authorize', { operationId: released, card, pin: PIN, amountMinor: 500 }));
  expectOk(await call('cards.release', { operationId: newId(), authorizationId: released }));
  // card.transfer
  expectOk(await call('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 200 }));
  // audit.cardPinFailed (three: the last blocks), audit.cardPinUnblocked
  for (let i = 0; i < 3; i += 1) await call('cards.balance', { card, pin: WRONG_PIN });
  expectOk(await call('cards.unblockPin', { cardId, approvalId: await approval(cardPinUnblockApproval(cardId)) }));
  // audit.cardRevealed
  expectOk(await call('cards.reveal', { cardId, approvalId: await approval(cardRevealApproval(cardId)) }));
  // card.replaced (and the old card's closing card.event)
  expectOk(await call('cards.replace', { cardId, newCardId: newId(), reason: 'lost' }));
}
