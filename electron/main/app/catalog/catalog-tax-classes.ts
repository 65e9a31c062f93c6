import { defaultTaxProfileId, TAX_PROFILE_IDS, TAX_PROFILES, type TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';

const isProfileId = (v: unknown): v is TaxProfileId => typeof v === 'string' && (TAX_PROFILE_IDS as readonly string[]).includes(v);

/**
 * The tax classes a product may name: those of the merchant's tax profile (settings'
 * `taxProfileId`), or of the default profile for the base currency while none is set.
 */
export function taxClassesOf(settings: { readonly currency: string } & Readonly<Record<string, unknown>>): readonly string[] {
  const chosen = settings['taxProfileId'];
  const id = isProfileId(chosen) ? chosen : defaultTaxProfileId(settings.currency);
  return TAX_PROFILES[id].classes.map((c) => c.code);
}
