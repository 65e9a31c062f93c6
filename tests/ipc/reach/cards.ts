import type { cardDomainContract } from '../../../shared/ipc/contract/cards-domain';
import type { DomainReachers } from './common';

/** A way to reach every declared code of the cards domain's methods (see declared-errors.test.ts). */
export const cardReach: DomainReachers<typeof cardDomainContract> = {};
