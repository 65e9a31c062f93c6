import type { walletDomainContract } from '../../../shared/ipc/contract/wallets-domain';
import type { DomainReachers } from './common';

/** A way to reach every declared code of the wallets domain's methods (see declared-errors.test.ts). */
export const walletReach: DomainReachers<typeof walletDomainContract> = {};
