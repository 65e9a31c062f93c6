import { afterEach, describe, expect, it } from 'vitest';
import { currentSettings } from '../../../electron/main/app/settings/read-settings';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import { MANAGER } from '../../ipc/samples';

/**
 * The settings that decide who may move money or where it settles (the owner's four-eyes policy,
 * the backend address) live chained in the ledger database (issue 7 §1), not in the plain
 * settings file: editing the file changes nothing, editing the database is named by verify.
 */
const REFUND = { action: 'sale.refund', subject: 'sale-9' };
let t: TestApp;
let manager: StaffSeed;

afterEach(async () => t.close());

async function seeded(): Promise<void> {
  t = await createTestApp();
  manager = (await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }])).members[0] as StaffSeed;
}

const selfGrant = () => t.call('approval.grant', { request: REFUND, managerCode: manager.staffCode, managerSecret: manager.secret });

describe('guarded settings', () => {
  it('a policy written into the settings file alone does not let a manager approve their own request', async () => {
    await seeded();
    t.settings.write({ ...currentSettings(t.settings), allowSelfApproval: true, backendUrl: 'https://evil.example/' });
    const read = expectOk<{ allowSelfApproval?: boolean; backendUrl: string | null }>(await t.call('settings.get', {}));
    expect(read).toMatchObject({ allowSelfApproval: false, backendUrl: null });
    await signInAs(t, manager);
    expect(await selfGrant()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('set by the owner, the policy is chained and served from the database; verify passes, then names an edit', async () => {
    await seeded();
    const before = (await t.mark()).headSeq;
    expectOk(await t.call('settings.update', { allowSelfApproval: true, backendUrl: 'https://settle.example/' }));
    expect((await t.journalSince(before)).map((e) => e.kind)).toEqual(['meta.state', 'audit.settingsChanged']);
    // The file says otherwise: the database wins.
    t.settings.write({ ...currentSettings(t.settings), allowSelfApproval: false, backendUrl: null });
    expect(expectOk(await t.call('settings.get', {}))).toMatchObject({ allowSelfApproval: true, backendUrl: 'https://settle.example/' });
    await signInAs(t, manager);
    expectOk(await selfGrant());
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
    await t.db.tx.write((tx) => tx.run("UPDATE meta SET value = 'https://evil.example/' WHERE key = 'backend_url'"));
    const report = await t.app.useCases.verifyLedger();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message)).toEqual([expect.stringContaining('backendUrl is "https://evil.example/"')]);
  });

  it('changing other settings writes no guarded entry', async () => {
    await seeded();
    const before = (await t.mark()).headSeq;
    expectOk(await t.call('settings.update', { terminalName: 'Till 3' }));
    expect((await t.journalSince(before)).map((e) => e.kind)).toEqual(['audit.settingsChanged']);
  });
});
