import type { CARD_STATE_SCHEMAS } from '../../../shared/domain/state/cards';
import type { TestApp } from '../../support/test-app';
import type { Case } from './case';

/** Tamper cases for the cards domain's state kinds (its record kinds have a generic case). */
export const cardTamperCases: { readonly [K in keyof typeof CARD_STATE_SCHEMAS]: Case } = {
};

/** Writes at least one entry of every state and record kind of the cards domain, through its use cases. */
export async function seedCardKinds(t: TestApp): Promise<void> {
  void t;
}
