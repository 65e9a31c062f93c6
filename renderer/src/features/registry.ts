import { ROLE_RANK } from '../../../shared/domain/roles';
import type { Role } from '../../../shared/domain/roles';
import type { SessionStore } from '../lib/session-scope';
import { useNavStore } from '../stores/nav.store';
import { cardsFeature } from './cards/feature';
import { catalogFeature } from './catalog/feature';
import { customersFeature } from './customers/feature';
import { demoFeature } from './demo/feature';
import { displayFeature } from './display/feature';
import type { FeatureManifest, FeatureSection } from './feature';
import { fxFeature } from './fx/feature';
import { ledgerHealthFeature } from './ledger-health/feature';
import { recoveryFeature } from './recovery/feature';
import { refundsFeature } from './refunds/feature';
import { reportsFeature } from './reports/feature';
import { sellFeature } from './sell/feature';
import { settingsFeature } from './settings/feature';
import { setupFeature } from './setup/feature';
import { shiftsFeature } from './shifts/feature';
import { staffAdminFeature } from './staff-admin/feature';
import { staffFeature } from './staff/feature';
import { vouchersFeature } from './vouchers/feature';

/**
 * Every feature folder, once. A new section is a new folder with a `feature.ts` and one line
 * here; the nav rail and the frame pick it up (docs/architecture.md §9, step 7). The order is
 * the order of the nav rail.
 */
export const FEATURES: readonly FeatureManifest[] = [
  // The counter first (the design notes: Sell, then the counter's other work), then money on cards and wallets, then the back office.
  sellFeature, refundsFeature, shiftsFeature, cardsFeature, customersFeature, vouchersFeature, fxFeature, reportsFeature, catalogFeature,
  displayFeature, ledgerHealthFeature, staffAdminFeature, settingsFeature, setupFeature, staffFeature, recoveryFeature, demoFeature];

/** Session-scoped stores of the app frame itself (not of one feature). */
export const FRAME_SESSION_STORES: readonly SessionStore[] = [useNavStore];

export type SectionEntry = FeatureSection & { readonly id: string };

/** The sections a role may see, in nav order; none when nobody is signed in. */
export function sectionsFor(role: Role | null | undefined): readonly SectionEntry[] {
  if (role === null || role === undefined) return [];
  const rank = ROLE_RANK[role];
  return FEATURES.flatMap((feature) =>
    feature.section !== undefined && ROLE_RANK[feature.section.minRole] <= rank
      ? [{ ...feature.section, id: feature.id }]
      : [],
  );
}

/** The section on screen: the one picked, if the role may see it, else the first it may. */
export function currentSection(role: Role | null | undefined, picked: string | null): SectionEntry | undefined {
  const visible = sectionsFor(role);
  return visible.find((entry) => entry.id === picked) ?? visible[0];
}

/** Every session-scoped store the manifests and the frame declare. */
export function declaredSessionStores(): readonly SessionStore[] {
  return [...FEATURES.flatMap((feature) => feature.sessionStores), ...FRAME_SESSION_STORES];
}
