// `npm run serve` with no arguments (issue 7 §2): the platform's data directory.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrivateDir, defaultDataDir } from '../../electron/main/sys/default-data-dir';

describe('defaultDataDir', () => {
  it('Linux: an absolute $XDG_DATA_HOME, else ~/.local/share; a relative XDG_DATA_HOME is ignored', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ann' })).toStrictEqual({ ok: true, value: '/home/ann/.local/share/tillbook' });
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/x' }, home: '/home/ann' })).toStrictEqual({ ok: true, value: '/data/x/tillbook' });
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'rel/x' }, home: '/home/ann' })).toStrictEqual({ ok: true, value: '/home/ann/.local/share/tillbook' });
    expect(defaultDataDir({ platform: 'freebsd', env: { XDG_DATA_HOME: '' }, home: '/home/ann' })).toStrictEqual({ ok: true, value: '/home/ann/.local/share/tillbook' });
  });

  it('macOS: ~/Library/Application Support/Tillbook', () => {
    expect(defaultDataDir({ platform: 'darwin', env: { XDG_DATA_HOME: '/ignored' }, home: '/Users/ann' })).toStrictEqual({
      ok: true,
      value: '/Users/ann/Library/Application Support/Tillbook',
    });
  });

  it('Windows: %APPDATA%\\Tillbook, else the roaming folder under the profile', () => {
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Ann\\AppData\\Roaming' }, home: 'C:\\Users\\Ann' })).toStrictEqual({
      ok: true,
      value: 'C:\\Users\\Ann\\AppData\\Roaming\\Tillbook',
    });
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\Ann' })).toStrictEqual({
      ok: true,
      value: 'C:\\Users\\Ann\\AppData\\Roaming\\Tillbook',
    });
  });

  it('without a home directory, asks for --data-dir', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const chosen = defaultDataDir({ platform, env: {}, home: '' });
      expect(chosen).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('--data-dir') } });
    }
    expect(defaultDataDir({ platform: 'win32', env: {}, home: '' }).ok).toBe(false);
  });
});

describe('createPrivateDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'tillbook-default-dir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the directory and its missing parents, owner-only', async () => {
    const dir = join(root, 'a', 'b', 'tillbook');
    await createPrivateDir(dir);
    await createPrivateDir(dir); // idempotent
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(root, 'a')).mode & 0o777).toBe(0o700);
    }
  });
});
