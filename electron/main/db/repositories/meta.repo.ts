import type { Database } from '../connection';
import type { ReadTx, WriteTx } from '../tx';

/** Small key/value facts about this terminal (merchant, setup time) kept in the encrypted DB. */
export const META_KEYS = {
  terminalId: 'terminal_id',
  merchantName: 'merchant_name',
  currency: 'currency',
  setupDoneAtMs: 'setup_done_at_ms',
  /** Guarded settings (state.repo): chained with the merchant facts. */
  allowSelfApproval: 'allow_self_approval',
  backendUrl: 'backend_url',
  /** Guarded tax settings (state.repo): the profile id and the rate overrides as JSON; absent until chosen. */
  taxProfileId: 'tax_profile_id',
  taxRateOverrides: 'tax_rate_overrides',
  /** 'true' in a demo shop's ledger (written by setup, chained with the merchant facts); absent otherwise. */
  demoShop: 'demo_shop',
  lastBackupAtMs: 'last_backup_at_ms',
  /** JSON of the last ledger.verify summary. */
  lastVerify: 'last_verify',
} as const;

export async function readMeta(db: Database, key: string): Promise<string | undefined> {
  const row = await db.tx.read((tx) => tx.get('SELECT value FROM meta WHERE key = ?', [key]));
  const value = row?.['value'];
  return typeof value === 'string' ? value : undefined;
}

/** Several keys in one statement (a hot read: every cart pricing reads the tax settings); absent keys are absent. */
export async function readMetasIn(tx: ReadTx, keys: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.all(`SELECT key, value FROM meta WHERE key IN (${keys.map(() => '?').join(', ')})`, keys);
  return new Map(rows.flatMap((r) => (typeof r['key'] === 'string' && typeof r['value'] === 'string' ? [[r['key'], r['value']] as const] : [])));
}

export async function writeMetaIn(tx: WriteTx, key: string, value: string): Promise<void> {
  await tx.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

export async function readMetaIn(tx: ReadTx, key: string): Promise<string | undefined> {
  const row = await tx.get('SELECT value FROM meta WHERE key = ?', [key]);
  const value = row?.['value'];
  return typeof value === 'string' ? value : undefined;
}
