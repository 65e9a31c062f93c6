import { afterEach, describe, expect, it } from 'vitest';
import { PRIVILEGED_PIN_MESSAGE } from '../../shared/ipc/contract/staff';
import { createTestApp, expectOk, OWNER, setupInput, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../support/test-app';
import { CASHIER, MANAGER } from './samples';

const open: TestApp[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function app(): Promise<TestApp> {
  const t = await createTestApp();
  open.push(t);
  return t;
}

async function seeded() {
  const t = await app();
  const { members } = await setupWithStaff(t, [
    { ...MANAGER, role: 'manager' },
    { ...CASHIER, role: 'cashier' },
  ]);
  const [manager, cashier] = members as [StaffSeed, StaffSeed];
  return { t, manager, cashier };
}

describe('names at the boundary', () => {
  it('setup with a NUL or a bidi override in a name is invalid_input and writes nothing; a decomposed name is stored NFC', async () => {
    const t = await app();
    for (const bad of [
      setupInput({ merchantName: 'Corner\u0000Shop' }),
      setupInput({ terminalName: 'Till\u202E1' }),
      setupInput({ owner: { displayName: 'Olive\u2067', staffCode: OWNER.staffCode, secretKind: 'pin', secret: OWNER.secret } }),
    ]) {
      const before = await t.mark();
      expect(await t.call('setup.complete', bad)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/control or bidirectional/) } });
      expect(await t.mark()).toEqual(before);
    }
    expectOk(await t.call('setup.complete', setupInput({ merchantName: 'Cafe\u0301 Ame\u0301lie' })));
    expect(expectOk<{ merchantName: string }>(await t.call('settings.public', {})).merchantName).toBe('Caf\u00E9 Am\u00E9lie');
  });

  it('staff.create stores the NFC form of a display name', async () => {
    const { t } = await seeded();
    const created = expectOk<{ id: string; displayName: string }>(await t.call('staff.create', {
      displayName: 'Zoe\u0308', staffCode: 'zoe', role: 'cashier', secretKind: 'pin', secret: '4321',
    }));
    expect(created.displayName).toBe('Zo\u00EB');
    expect((await t.findStaff(created.id))?.displayName).toBe('Zo\u00EB');
  });
});

describe('managers and owners need a PIN of at least 6 digits', () => {
  it.each([
    ['manager', '12345', false], ['manager', '123456', true], ['owner', '12345', false], ['owner', '654321', true],
    ['cashier', '1234', true],
  ] as const)('staff.create %s with PIN %s → %s', async (role, secret, accepted) => {
    const { t } = await seeded();
    const before = await t.mark();
    const reply = await t.call('staff.create', { displayName: 'New', staffCode: 'newbie', role, secretKind: 'pin', secret });
    if (accepted) expect(reply.ok).toBe(true);
    else {
      expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: `secret: ${PRIVILEGED_PIN_MESSAGE}` } });
      expect(await t.mark()).toEqual(before);
    }
  });

  it('setup refuses a 4-digit owner PIN with the same message', async () => {
    const t = await app();
    const reply = await t.call('setup.complete', setupInput({ owner: { displayName: 'O', staffCode: 'owner', secretKind: 'pin', secret: '2468' } }));
    expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: `owner.secret: ${PRIVILEGED_PIN_MESSAGE}` } });
  });
});

describe('settings: a public view before sign-in, no credentials in URLs', () => {
  it('signed out, settings.public has names, language and looks only; settings.get is unauthenticated', async () => {
    const { t } = await seeded();
    expectOk(await t.call('settings.update', { backendUrl: 'https://sync.example.com/api', printer: 'EPSON TM-T20' }));
    expectOk(await t.call('staff.signOut', {}));
    const pub = expectOk<Record<string, unknown>>(await t.call('settings.public', {}));
    expect(Object.keys(pub).sort()).toEqual(['currency', 'density', 'locale', 'merchantName', 'terminalName', 'theme']);
    expect(JSON.stringify(pub)).not.toMatch(/sync\.example|EPSON/);
    expect(await t.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await signInAs(t, CASHIER);
    expect(await t.call('settings.get', {})).toMatchObject({ ok: true, value: { backendUrl: 'https://sync.example.com/api', printer: 'EPSON TM-T20' } });
  });

  it.each([
    'https://user:pass@sync.example.com/api',
    'https://user@sync.example.com/',
    'https://:secret@sync.example.com/',
    'https://us%65r:p%40ss@sync.example.com/',
  ])('settings.update refuses %s with a precise invalid_input, and keeps the old value', async (url) => {
    const { t } = await seeded();
    expectOk(await t.call('settings.update', { backendUrl: 'https://sync.example.com/api' }));
    const before = await t.mark();
    expect(await t.call('settings.update', { backendUrl: url })).toEqual({
      ok: false, error: { code: 'invalid_input', message: 'backendUrl: must not contain a user name or password' },
    });
    expect(await t.mark()).toEqual(before);
    expect(expectOk<{ backendUrl: string }>(await t.call('settings.get', {})).backendUrl).toBe('https://sync.example.com/api');
  });
});
