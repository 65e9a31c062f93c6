import type { CARD_STATE_SCHEMAS } from '../../../shared/domain/state/cards';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import type { TestApp } from '../../support/test-app';
import { seedProgramAndCard } from '../cards/card-seed';
import { renameIn, type Case } from './case';

/** Tamper cases for the cards domain's state kinds (its record kinds have a generic case). */
export const cardTamperCases: { readonly [K in keyof typeof CARD_STATE_SCHEMAS]: Case } = {
  'card_program.state': renameIn('name'),
  'card.state': renameIn('state'),
};

/** Writes at least one entry of every state and record kind of the cards domain. */
export async function seedCardKinds(t: TestApp): Promise<void> {
  const { walletId } = await seedCustomerAndWallet(t);
  await seedProgramAndCard(t, walletId);
}
