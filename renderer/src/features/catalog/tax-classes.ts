import { defaultTaxProfileId, TAX_PROFILE_IDS, TAX_PROFILES, type TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';

const isProfileId = (v: unknown): v is TaxProfileId => typeof v === 'string' && (TAX_PROFILE_IDS as readonly string[]).includes(v);

/** The tax classes the edit form offers: those of the shop's profile (or its currency's default profile). */
export function taxClassChoices(settings: ({ readonly currency: string } & Readonly<Record<string, unknown>>) | null): readonly string[] {
  if (settings === null) return ['standard'];
  const chosen = settings['taxProfileId'];
  return TAX_PROFILES[isProfileId(chosen) ? chosen : defaultTaxProfileId(settings.currency)].classes.map((c) => c.code);
}
