import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { settings as settingsSchema } from '../../shared/ipc/contract/settings';
import { DEFAULT_SETTINGS } from '../../electron/main/core/settings/settings-store';
import {
  SettingsFile,
  openSettingsFile,
  SETTINGS_CONFIG_NAME,
  settingsJsonSchema,
} from '../../electron/main/db/settings-file';
import { tempDir } from '../support/test-db';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-settings-')));
afterEach(() => cleanup());

const file = () => join(dir, `${SETTINGS_CONFIG_NAME}.json`);

describe('Electron settings store (conf under userData)', () => {
  test('empty until written; then a round trip through the file, mode 0600', () => {
    const store = openSettingsFile(dir);
    expect(store.read()).toBeUndefined();
    const next = { ...DEFAULT_SETTINGS, terminalName: 'Front till', backendUrl: 'https://backend.example' };
    store.write(next);
    expect(openSettingsFile(dir).read()).toStrictEqual(next);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toStrictEqual(next);
    if (process.platform !== 'win32') expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  test('writes are checked by the contract schema', () => {
    const store = openSettingsFile(dir);
    expect(() => store.write({ ...DEFAULT_SETTINGS, idleLockMinutes: 60 })).toThrow();
    expect(() => store.write({ ...DEFAULT_SETTINGS, backendUrl: 'http://plain.example' })).toThrow();
    expect(() => store.write({ ...DEFAULT_SETTINGS, extra: true } as never)).toThrow();
    expect(store.read()).toBeUndefined();
  });

  test('a hand-edited file the schema rejects reads as no settings, and startup survives it', () => {
    writeFileSync(file(), JSON.stringify({ ...DEFAULT_SETTINGS, idleLockMinutes: 999 }));
    expect(openSettingsFile(dir).read()).toBeUndefined();
    writeFileSync(file(), 'not json');
    expect(openSettingsFile(dir).read()).toBeUndefined();
  });

  test('refinements JSON Schema cannot express are still enforced on read (zod)', () => {
    const backing = { store: { ...DEFAULT_SETTINGS, currency: 'XYZ' } as Record<string, unknown>, path: 'in-memory' };
    expect(new SettingsFile(backing).read()).toBeUndefined();
  });

  test('the conf schema covers exactly the contract settings keys', () => {
    expect(Object.keys(settingsJsonSchema()).sort()).toStrictEqual(Object.keys(settingsSchema.shape).sort());
  });
});
