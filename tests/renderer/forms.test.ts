import { beforeEach, describe, expect, it } from 'vitest';

import { boot } from '../../renderer/src/app/boot';
import { completeSetup } from '../../renderer/src/features/setup/setup.actions';
import { emptySetupForm, toSetupInput, validateStep } from '../../renderer/src/features/setup/setup-form';
import { saveSettings } from '../../renderer/src/features/settings/settings.actions';
import { fromSettings, toPatch, validateSettings } from '../../renderer/src/features/settings/settings-form';
import { hasErrors } from '../../renderer/src/lib/validate';
import { readStyleNonce } from '../../renderer/src/lib/style-nonce';
import { useBootStore } from '../../renderer/src/stores/boot.store';
import { DEFAULT_IDLE_LOCK_MS, useSessionStore } from '../../renderer/src/stores/session.store';
import { useFullSettingsStore } from '../../renderer/src/features/settings/settings.store';
import { displayPrefs, publicPart, useSettingsStore } from '../../renderer/src/stores/settings.store';
import type { SettingsView } from '../../shared/ipc/contract/settings';
import { fail, fakeApi, ok, STAFF_ID } from './fake-transport';

const SETTINGS: SettingsView = {
  terminalName: 'Front till',
  merchantName: 'Corner Café',
  locale: 'en',
  currency: 'EUR',
  theme: 'auto',
  density: 'comfortable',
  printer: null,
  backendUrl: null,
  idleLockMinutes: 5,
  taxProfileId: 'eu_vat',
  taxRateOverrides: [],
  baseCurrencyLocked: false,
};
const ACTIVE = { state: 'active', staff: { id: STAFF_ID, displayName: 'Ada', role: 'owner' }, idleLockMs: 300_000 };
const STATUS = {
  appVersion: '0.1.0',
  database: {},
  chainHeadSeq: 0,
  setupDone: true,
  session: 'signedOut',
  locale: 'en',
  serverTimeMs: 0,
};

beforeEach(() => {
  useSettingsStore.setState({ shown: null });
  useFullSettingsStore.setState({ settings: null, savedAtMs: null, version: 0 });
  useSessionStore.setState({ phase: 'unknown', staff: null, idleLockMs: DEFAULT_IDLE_LOCK_MS, lockReason: null });
  useBootStore.setState({ phase: 'loading', error: null, appVersion: null });
});

describe('setup form', () => {
  const filled = {
    ...emptySetupForm('EUR'),
    merchantName: ' Corner Café ',
    terminalName: 'Front till',
    ownerName: 'Ada',
    staffCode: 'ADA1',
    secret: '123456',
    secretConfirm: '123456',
  };

  it('checks each step', () => {
    expect(hasErrors(validateStep('business', emptySetupForm()))).toBe(true);
    expect(validateStep('business', filled)).toEqual({ merchantName: null, terminalName: null, currency: null });
    expect(hasErrors(validateStep('owner', filled))).toBe(false);
    expect(validateStep('owner', { ...filled, secretConfirm: '654321' }).secretConfirm).toEqual({ code: 'mismatch' });
    expect(validateStep('owner', { ...filled, secret: '12a' }).secret).toEqual({ code: 'pin' });
    // the owner's PIN has the managers' and owners' floor of 6 digits, as the contract requires
    expect(validateStep('owner', { ...filled, secret: '12345', secretConfirm: '12345' }).secret).toEqual({ code: 'pin' });
    expect(validateStep('owner', { ...filled, staffCode: 'a b' }).staffCode).toEqual({ code: 'staffCode' });
    const password = { ...filled, secretKind: 'password' as const, secret: 'short1', secretConfirm: 'short1' };
    expect(validateStep('owner', password).secret).toEqual({ code: 'password' });
    expect(validateStep('business', { ...filled, currency: 'XXX' }).currency).toEqual({ code: 'currency' });
    expect(validateStep('business', { ...filled, merchantName: 'x'.repeat(121) }).merchantName).toEqual({
      code: 'tooLong',
      max: 120,
    });
  });

  it('builds the setup.complete input (trimmed, tax profile none)', () => {
    expect(toSetupInput(filled, 'zh-CN')).toEqual({
      merchantName: 'Corner Café',
      terminalName: 'Front till',
      currency: 'EUR',
      locale: 'zh-CN',
      taxProfile: 'none',
      owner: { displayName: 'Ada', staffCode: 'ADA1', secretKind: 'pin', secret: '123456' },
    });
  });

  it('completeSetup calls setup, reloads settings and signs the owner in', async () => {
    const { api, calls } = fakeApi({
      'setup.complete': () => ok({ ownerId: STAFF_ID }),
      'settings.public': () => ok(publicPart(SETTINGS)),
      'staff.signIn': () => ok(ACTIVE),
    });
    await completeSetup(api, toSetupInput(filled, 'en'));
    expect(calls.map((c) => c.key)).toEqual(['setup.complete', 'settings.public', 'staff.signIn']);
    expect(useSessionStore.getState().phase).toBe('active');
    expect(useSettingsStore.getState().shown).toEqual(publicPart(SETTINGS));
    expect(useBootStore.getState().phase).toBe('ready');
  });
});

describe('settings form', () => {
  it('round-trips and patches only what changed', () => {
    const form = fromSettings(SETTINGS);
    expect(toPatch(form, SETTINGS)).toEqual({});
    expect(toPatch({ ...form, terminalName: ' Till 2 ', printer: ' EPSON ', idleLockMinutes: '3' }, SETTINGS)).toEqual({
      terminalName: 'Till 2',
      printer: 'EPSON',
      idleLockMinutes: 3,
    });
    expect(toPatch({ ...fromSettings({ ...SETTINGS, backendUrl: 'https://a.example' }), backendUrl: '' }, {
      ...SETTINGS,
      backendUrl: 'https://a.example',
    })).toEqual({ backendUrl: null });
  });

  it('validates names, URL and idle minutes', () => {
    const form = fromSettings(SETTINGS);
    expect(hasErrors(validateSettings(form))).toBe(false);
    expect(validateSettings({ ...form, backendUrl: 'http://x.example' }).backendUrl).toEqual({ code: 'https' });
    expect(validateSettings({ ...form, backendUrl: 'not a url' }).backendUrl).toEqual({ code: 'https' });
    expect(validateSettings({ ...form, idleLockMinutes: 16 }).idleLockMinutes).toEqual({ code: 'idle' });
    expect(validateSettings({ ...form, idleLockMinutes: 0 }).idleLockMinutes).toEqual({ code: 'idle' });
    expect(validateSettings({ ...form, idleLockMinutes: '' }).idleLockMinutes).toEqual({ code: 'idle' });
    expect(validateSettings({ ...form, terminalName: '  ' }).terminalName).toEqual({ code: 'required' });
  });

  it('saveSettings stores what main saved and when', async () => {
    const saved = { ...SETTINGS, theme: 'dark' as const };
    const { api, calls } = fakeApi({ 'settings.update': () => ok(saved) });
    await saveSettings(api, { theme: 'dark' }, 1234);
    expect(calls[0]).toEqual({ key: 'settings.update', input: { theme: 'dark' } });
    expect(useFullSettingsStore.getState()).toMatchObject({ settings: saved, savedAtMs: 1234, version: 1 });
    expect(useSettingsStore.getState().shown?.theme).toBe('dark'); // the frame follows at once
    const denied = fakeApi({ 'settings.update': () => fail('forbidden') });
    await expect(saveSettings(denied.api, { theme: 'light' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(useFullSettingsStore.getState().settings).toEqual(saved);
  });

  it('display prefs default to OS scheme and comfortable density before setup', () => {
    expect(displayPrefs(null)).toEqual({ theme: 'auto', density: 'comfortable' });
    expect(displayPrefs({ ...SETTINGS, theme: 'dark', density: 'large' })).toEqual({ theme: 'dark', density: 'large' });
  });
});

describe('boot', () => {
  it('goes to setup when setup is not done', async () => {
    // the host answers settings.public with its defaults before setup; the OS language rules
    const { api, calls } = fakeApi({
      'system.status': () => ok({ ...STATUS, setupDone: false }),
      'settings.public': () => ok(publicPart({ ...SETTINGS, locale: 'zh-CN' })),
    });
    await boot(api);
    expect(useBootStore.getState().phase).toBe('setup');
    expect(useSettingsStore.getState().shown).toBeNull();
    expect(calls.map((c) => c.key)).toEqual(['system.status']);
  });

  it('loads settings and the session when set up', async () => {
    const { api } = fakeApi({
      'system.status': () => ok(STATUS),
      'settings.public': () => ok(publicPart(SETTINGS)),
      'staff.session': () => ok(ACTIVE),
    });
    await boot(api);
    expect(useSettingsStore.getState().shown).toEqual(publicPart(SETTINGS));
    expect(useBootStore.getState()).toMatchObject({ phase: 'ready', appVersion: '0.1.0' });
    expect(useSessionStore.getState().phase).toBe('active');
  });

  it('fails with the error when main cannot be reached', async () => {
    const { api } = fakeApi({ 'system.status': () => fail('database_corrupt') });
    await boot(api);
    expect(useBootStore.getState()).toMatchObject({ phase: 'failed', error: { code: 'database_corrupt' } });
  });
});

describe('style nonce', () => {
  const doc = (content: string | null) => ({
    querySelector: (selector: string) =>
      selector === 'meta[name="tillbook-style-nonce"]' && content !== null
        ? { getAttribute: (name: string) => (name === 'content' ? content : null) }
        : null,
  });
  it('reads the replaced nonce, ignores the placeholder and a missing tag', () => {
    expect(readStyleNonce(doc('abc123=='))).toBe('abc123==');
    expect(readStyleNonce(doc('__TILLBOOK_NONCE__'))).toBeNull();
    expect(readStyleNonce(doc(''))).toBeNull();
    expect(readStyleNonce(doc(null))).toBeNull();
  });
});
