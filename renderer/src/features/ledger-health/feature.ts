import { IconShieldCheck } from '../../components/Icons';
import { defineFeature } from '../feature';
import { useHealthStore } from './health.store';
import { LedgerHealthScreen } from './LedgerHealthScreen';
import { useVerifyStore } from './verify.store';

/** Ledger health: database and chain status, "Verify now". Every signed-in role sees it. */
export const ledgerHealthFeature = defineFeature({
  id: 'health',
  section: { labelKey: 'common:nav.health', icon: IconShieldCheck, Screen: LedgerHealthScreen, minRole: 'cashier' },
  sessionStores: [useHealthStore, useVerifyStore],
});
