import { accessSync, constants } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Where the host has a RAM disk (/dev/shm), the tests' temp dirs (data dirs, key files, backups)
 * go there: the same SQLite settings (WAL, synchronous = FULL) and code paths, but an fsync costs
 * nothing, so a test's time is the app's and not the shared disk's (a fifth off the app tests).
 * `npm run bench` does not run under Vitest: its figures stay on the disk.
 */
function ramDiskTmp(): Record<string, string> {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return { TMPDIR: '/dev/shm' };
  } catch {
    return {};
  }
}

/**
 * Files that replace modules with vi.mock (the mocked `electron`, the key-wrap seam of rekey):
 * they run isolated, each in a fresh module graph. Every other file shares its worker's module
 * cache with the files before it (isolate: false), which saves importing the app once per file:
 * measured over the whole suite, 673 s → 511 s on 2 cores. Those files must leave no global
 * state behind (an environment variable they set is put back in afterAll / finally).
 */
const MOCKING_FILES = ['tests/electron-adapters/**/*.test.ts', 'tests/db/rekey.test.ts'];
const ALL_FILES = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const NEVER = ['tests/e2e/**', 'node_modules/**'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: ramDiskTmp(),
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2 cores. Most files
    // wait on SQLCipher commits and key derivation, so two side by side nearly halve the run.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'isolated', include: MOCKING_FILES, exclude: NEVER, isolate: true } },
      { extends: true, test: { name: 'shared', include: ALL_FILES, exclude: [...NEVER, ...MOCKING_FILES], isolate: false } },
    ],
  },
});
