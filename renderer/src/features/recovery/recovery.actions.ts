import type { Api } from '../../api/client';
import { boot } from '../../app/boot';

/**
 * An owner accepts the older copy (anchor.acceptRollback). The host has mounted the full app by
 * the time it answers, so booting again leads to the sign-in screen. A failure rejects with the
 * typed error for the form to show; the screen stays.
 */
export async function acceptRollback(api: Api, staffCode: string, secret: string): Promise<void> {
  await api.call('anchor.acceptRollback', { staffCode: staffCode.trim(), secret });
  await boot(api);
}
