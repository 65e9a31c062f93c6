import { defaultTaxProfileId, TAX_PROFILE_IDS, taxProfileFor, taxRateOverrides, type TaxProfile, type TaxProfileId } from '../../../../shared/domain/sales/tax-profiles';
import { META_KEYS, readMetasIn } from '../../db/repositories/meta.repo';
import type { ReadTx } from '../../db/tx';

const isProfileId = (v: string | undefined): v is TaxProfileId => (TAX_PROFILE_IDS as readonly string[]).includes(v ?? '');

/**
 * The merchant's tax profile as the guarded settings hold it (meta `tax_profile_id` and
 * `tax_rate_overrides`, JSON), or the default profile of the base currency while none was chosen.
 */
export async function taxProfileFromMeta(tx: ReadTx): Promise<TaxProfile> {
  const meta = await readMetasIn(tx, [META_KEYS.taxProfileId, META_KEYS.taxRateOverrides, META_KEYS.currency]);
  const id = meta.get(META_KEYS.taxProfileId);
  const overridesJson = meta.get(META_KEYS.taxRateOverrides);
  const parsed = overridesJson === undefined ? undefined : taxRateOverrides.safeParse(JSON.parse(overridesJson) as unknown);
  const overrides = parsed?.success === true ? parsed.data : [];
  return taxProfileFor(isProfileId(id) ? id : defaultTaxProfileId(meta.get(META_KEYS.currency) ?? null), overrides);
}
