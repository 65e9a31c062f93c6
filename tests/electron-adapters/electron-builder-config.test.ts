// The packaging config cannot be run here (no Electron binary); this pins the security-relevant
// lines of electron-builder.yml so an edit that weakens them fails CI (docs/security.md §2.8).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

const text = readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

/** The indented `key: value` lines under a top-level key. */
function section(name: string): Record<string, string> {
  const match = new RegExp(`^${name}:\\n((?:[ ]{2}.*\\n?)+)`, 'm').exec(text);
  const body = match?.[1] ?? '';
  return Object.fromEntries(
    [...body.matchAll(/^ {2}(\w+):\s*(\S+)\s*$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('electron-builder.yml', () => {
  test('fuses are flipped as security.md requires', () => {
    expect(section('electronFuses')).toStrictEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
      loadBrowserProcessSpecificV8Snapshot: 'false',
    });
  });

  test('asar on, and the targets of every platform', () => {
    expect(text).toMatch(/^asar: true$/m);
    expect(text).toMatch(/^appId: \S+$/m);
    expect(text).toMatch(/^linux:\n {2}target:\n {4}- AppImage\n {4}- deb$/m);
    expect(text).toMatch(/^win:\n {2}target:\n {4}- nsis$/m);
    expect(text).toMatch(/^mac:\n {2}target:\n {4}- dmg$/m);
  });
});
