// Proves that eslint.config.mjs enforces the layer table (docs/architecture.md §3): for every row a
// forbidden import fails with an error from a layer rule that names the row, and allowed imports
// pass. Sources are linted in memory under virtual paths inside the real folders, so no fixture
// files are needed. Type information is switched off for these probes (the layer rules do not use
// it, and the TypeScript project service only knows files that exist on disk); one probe at the
// end runs the unmodified, type-aware config against a real file.
import path from 'node:path';

import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, 'eslint.config.mjs');
const LAYER_RULES = new Set([
  'import-x/no-restricted-paths',
  '@typescript-eslint/no-restricted-imports',
]);
type LayerRule = 'paths' | 'imports';
const RULE_IDS: Record<LayerRule, string> = {
  paths: 'import-x/no-restricted-paths',
  imports: '@typescript-eslint/no-restricted-imports',
};

const withoutTypes = new ESLint({
  cwd: ROOT,
  overrideConfigFile: CONFIG,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});
const asConfigured = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG });

async function lint(eslint: ESLint, file: string, code: string): Promise<Linter.LintMessage[]> {
  const results = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const [result] = results;
  if (result === undefined) throw new Error(`no lint result for ${file}`);
  return result.messages;
}

/** A named import of `specifier`, used so that no other rule complains. */
const importOf = (specifier: string): string =>
  `import { probe } from '${specifier}';\nexport const used = probe;\n`;

type Forbidden = { file: string; code: string; rule: LayerRule; why: string };
type Allowed = { file: string; code: string; why: string };
type Row = { row: string; forbidden: Forbidden[]; allowed: Allowed[] };

const SHARED = 'shared/domain/__layer_probe__.ts';
const CORE = 'electron/main/core/ledger/__layer_probe__.ts';
const DB = 'electron/main/db/__layer_probe__.ts';
const SYNC = 'electron/main/sync/__layer_probe__.ts';
const SYS = 'electron/main/sys/__layer_probe__.ts';
const USE_CASE = 'electron/main/app/ledger/__layer_probe__.ts';
const DISPATCH = 'electron/main/ipc/dispatch.ts';
const HANDLER = 'electron/main/ipc/handlers/__layer_probe__.handlers.ts';
const WINDOW = 'electron/main/window.ts';
const ROUTER = 'electron/main/ipc/router.ts';
const PLATFORM = 'electron/main/platform/__layer_probe__.ts';
const HOST = 'electron/host/__layer_probe__.ts';
const CLI = 'electron/cli/__layer_probe__.ts';
const PRELOAD = 'electron/preload/__layer_probe__.ts';
const RENDERER = 'renderer/src/__layer_probe__.tsx';
const SERVER = 'server/src/__layer_probe__.ts';
const MAIN_OTHER = 'electron/main/ipc/__layer_probe__.ts';
const MAIN_LOOSE = 'electron/main/__layer_probe__.ts';

const f = (file: string, specifier: string, rule: LayerRule, why: string): Forbidden => ({
  file,
  code: importOf(specifier),
  rule,
  why,
});
const a = (file: string, specifier: string, why: string): Allowed => ({
  file,
  code: importOf(specifier),
  why,
});

const ROWS: Row[] = [
  {
    row: 'L0 shared',
    forbidden: [
      f(SHARED, 'node:crypto', 'imports', 'node:* builtin'),
      f(SHARED, 'crypto', 'imports', 'bare Node builtin'),
      f(SHARED, 'fs/promises', 'imports', 'bare Node builtin subpath'),
      f(SHARED, 'electron', 'imports', 'electron'),
      f(SHARED, 'react', 'imports', 'React'),
      f(SHARED, '../../electron/main/core/ledger/x', 'paths', 'electron/ folder'),
      f(SHARED, '../../renderer/src/x', 'paths', 'renderer/ folder'),
      f(SHARED, '../../server/src/x', 'paths', 'server/ folder'),
      f(SHARED, '../../tests/support/x', 'paths', 'tests/ folder'),
    ],
    allowed: [
      a(SHARED, '../ipc/errors', 'shared/**'),
      a(SHARED, './money', 'shared/** (not written yet)'),
      a(SHARED, 'zod', 'pure library'),
    ],
  },
  {
    row: 'L1 core',
    forbidden: [
      f(CORE, '../../db/x', 'paths', 'db/'),
      f(CORE, '../../sync/outbox-relay', 'paths', 'sync/'),
      f(CORE, '../../ipc/dispatch', 'paths', 'ipc/'),
      f(CORE, '../../platform/paths', 'paths', 'platform/'),
      f(CORE, '../../index', 'paths', 'shell file'),
      f(CORE, 'electron', 'imports', 'electron'),
      f(CORE, 'node:crypto', 'imports', 'node:*'),
      f(CORE, '@journeyapps/sqlcipher', 'imports', 'the SQLite driver'),
    ],
    allowed: [
      a(CORE, '../../../../shared/domain/errors', 'shared/**'),
      a(CORE, '../wallet/wallet', 'core/**'),
    ],
  },
  {
    row: 'L2 adapters',
    forbidden: [
      f(DB, 'electron', 'imports', 'electron'),
      f(SYNC, 'electron', 'imports', 'electron'),
      f(DB, '../ipc/router', 'paths', 'ipc/'),
      f(DB, '../ipc/handlers/sale.handlers', 'paths', 'ipc/handlers'),
      f(SYNC, '../platform/online', 'paths', 'platform/'),
      f(DB, '../window', 'paths', 'shell file'),
      f(DB, '../../../renderer/src/x', 'paths', 'renderer/'),
      f(SYNC, '../../../server/src/x', 'paths', 'server/'),
      f(SYS, 'electron', 'imports', 'electron in sys/'),
      f(SYS, 'electron-store', 'imports', 'electron-store in sys/ (imports electron)'),
      f(SYS, '../platform/settings-store', 'paths', 'platform/ from sys/'),
      f(SYS, '../ipc/dispatch', 'paths', 'ipc/ from sys/'),
      f(SYS, '../app/open-data-dir', 'paths', 'app/ from sys/'),
    ],
    allowed: [
      a(DB, 'node:fs', 'node:*'),
      a(DB, '@journeyapps/sqlcipher', 'the SQLite driver'),
      a(DB, '../core/ledger/x', 'core'),
      a(DB, '../../../shared/domain/errors', 'shared'),
      a(SYNC, 'node:timers/promises', 'node:*'),
      a(SYNC, '../db/tx', 'db from sync (same layer)'),
      a(SYS, 'node:readline', 'node:* in sys/'),
      a(SYS, '../db/passphrase-key-wrap', 'db from sys (same layer)'),
      a(DB, '../sys/files', 'sys from db (same layer)'),
      a(SYS, 'conf', 'conf in sys/'),
    ],
  },
  {
    row: 'L2½ use cases',
    forbidden: [
      f(USE_CASE, 'electron', 'imports', 'electron'),
      f(USE_CASE, '../../ipc/handlers/sale.handlers', 'paths', 'ipc/handlers'),
      f(USE_CASE, '../../ipc/dispatch', 'paths', 'ipc/dispatch.ts'),
      f(USE_CASE, '../../platform/printer', 'paths', 'platform/'),
      f(USE_CASE, '../../window', 'paths', 'shell file'),
    ],
    allowed: [
      a(USE_CASE, '../../db/repositories/transfer.repo', 'db'),
      a(USE_CASE, '../../sync/outbox-relay', 'sync'),
      a(USE_CASE, '../../sys/files', 'sys'),
      a(USE_CASE, '../../core/ledger/x', 'core'),
      a(USE_CASE, '../staff/sign-in', 'app/**'),
      a(USE_CASE, 'node:crypto', 'node:*'),
      a(USE_CASE, '../../../../shared/domain/errors', 'shared'),
    ],
  },
  {
    row: 'L3 handlers',
    forbidden: [
      f(DISPATCH, 'electron', 'imports', 'electron in dispatch.ts'),
      f(HANDLER, 'electron', 'imports', 'electron in a handler'),
      f(HANDLER, '../router', 'paths', 'router.ts'),
      f(DISPATCH, './events', 'paths', 'events.ts'),
      f(HANDLER, '../../platform/printer', 'paths', 'platform/'),
      f(DISPATCH, '../../../renderer/src/x', 'paths', 'renderer/'),
      f(HANDLER, '@journeyapps/sqlcipher', 'imports', 'the SQLite driver'),
    ],
    allowed: [
      a(DISPATCH, './handlers/sale.handlers', 'handlers from dispatch'),
      a(HANDLER, '../../core/sale/x', 'core'),
      a(HANDLER, '../../app/sale/complete-sale', 'app (use cases)'),
      a(HANDLER, '../../../../shared/ipc/contract', 'shared'),
    ],
  },
  {
    row: 'L3 shell',
    forbidden: [
      f(WINDOW, '../../renderer/src/x', 'paths', 'renderer/'),
      f(ROUTER, '../../../server/src/x', 'paths', 'server/'),
      f(PLATFORM, '../../host/serve', 'paths', 'host'),
      f(WINDOW, '../preload/index', 'paths', 'preload code'),
    ],
    allowed: [
      a(WINDOW, 'electron', 'electron in window.ts'),
      a(ROUTER, 'electron', 'electron in ipc/router.ts'),
      a(PLATFORM, 'electron', 'electron in platform/'),
      a('electron/main/index.ts', 'electron', 'electron in index.ts'),
      a('electron/main/security.ts', 'electron', 'electron in security.ts'),
      a('electron/main/protocol.ts', 'electron', 'electron in protocol.ts'),
      a('electron/main/ipc/events.ts', 'electron', 'electron in ipc/events.ts'),
      a(ROUTER, './dispatch', 'dispatch from router'),
      a('electron/main/index.ts', './db/connection', 'db from index.ts'),
      a(WINDOW, 'node:path', 'node:*'),
      a(WINDOW, '../../shared/domain/errors', 'shared'),
    ],
  },
  {
    row: 'Host / CLI',
    forbidden: [
      f(HOST, 'electron', 'imports', 'electron in host'),
      f(CLI, 'electron', 'imports', 'electron in cli'),
      f(HOST, 'electron-store', 'imports', 'electron-store (imports electron)'),
      f(HOST, '../main/platform/paths', 'paths', 'platform/'),
      f(CLI, '../main/ipc/router', 'paths', 'ipc/router.ts'),
      f(HOST, '../main/window', 'paths', 'shell file'),
      f(HOST, '../../renderer/src/x', 'paths', 'renderer/ code'),
    ],
    allowed: [
      a(HOST, '../main/ipc/dispatch', 'ipc/dispatch.ts'),
      a(HOST, '../main/ipc/handlers/sale.handlers', 'ipc/handlers/**'),
      a(CLI, '../main/db/connection', 'db'),
      a(CLI, '../main/app/ledger/verify-ledger', 'app (use cases)'),
      a(CLI, '../main/sync/outbox-relay', 'sync'),
      a(HOST, '../main/sys/logger', 'sys (the redacting logger)'),
      a(CLI, '../main/sys/passphrase-prompt', 'sys'),
      a(CLI, '../main/core/ledger/x', 'core'),
      a(HOST, 'node:http', 'node:*'),
      a(CLI, '../../shared/domain/errors', 'shared'),
    ],
  },
  {
    row: 'Preload',
    forbidden: [
      f(PRELOAD, '../main/ipc/router', 'paths', 'electron/main/**'),
      f(PRELOAD, '../main/core/ledger/x', 'paths', 'electron/main/**'),
      f(PRELOAD, '../../shared/domain/money', 'paths', 'shared outside shared/ipc'),
      f(PRELOAD, 'node:fs', 'imports', 'node:*'),
      f(PRELOAD, 'path', 'imports', 'bare Node builtin'),
      {
        file: PRELOAD,
        code: "import { ipcMain } from 'electron';\nexport const used = ipcMain;\n",
        rule: 'imports',
        why: 'electron APIs other than contextBridge / ipcRenderer',
      },
    ],
    allowed: [
      {
        file: PRELOAD,
        code:
          "import { contextBridge, ipcRenderer } from 'electron';\n" +
          'export const used = [contextBridge, ipcRenderer];\n',
        why: 'contextBridge and ipcRenderer from electron',
      },
      a(PRELOAD, '../../shared/ipc/methods', 'shared/ipc/**'),
    ],
  },
  {
    row: 'Renderer',
    forbidden: [
      f(RENDERER, 'electron', 'imports', 'electron'),
      f(RENDERER, 'node:fs', 'imports', 'node:*'),
      f(RENDERER, 'path', 'imports', 'bare Node builtin'),
      f(RENDERER, '../../electron/main/core/ledger/x', 'paths', 'electron/** code'),
      f(RENDERER, '../../electron/preload/index', 'paths', 'preload code'),
      f(RENDERER, '../../server/src/x', 'paths', 'server/'),
      f(RENDERER, '../../electron/preload/pos-api', 'imports', 'a value import of pos-api.d.ts'),
    ],
    allowed: [
      a(RENDERER, 'react', 'React'),
      a(RENDERER, '../../shared/domain/errors', 'shared'),
      a(RENDERER, './app/App', 'renderer/**'),
      {
        file: RENDERER,
        code:
          "import type { PosApi } from '../../electron/preload/pos-api';\n" +
          'export type Used = PosApi;\n',
        why: 'import type from pos-api.d.ts',
      },
    ],
  },
  {
    row: 'Server',
    forbidden: [
      f(SERVER, '../../electron/main/core/x', 'paths', 'electron/**'),
      f(SERVER, '../../renderer/src/x', 'paths', 'renderer/**'),
      f(SERVER, 'electron', 'imports', 'electron'),
    ],
    allowed: [
      a(SERVER, 'node:http', 'node:*'),
      a(SERVER, 'pg', 'pg'),
      a(SERVER, '@electric-sql/pglite', 'pglite'),
      a(SERVER, '../../shared/domain/errors', 'shared'),
    ],
  },
  {
    row: 'electron/main (other files)',
    forbidden: [
      f(MAIN_OTHER, '../../../renderer/src/x', 'paths', 'renderer/ from an unlisted main file'),
    ],
    allowed: [a(MAIN_OTHER, '../core/ledger/x', 'core from an unlisted main file')],
  },
  {
    row: 'electron only in the L3 shell',
    forbidden: [
      f(MAIN_OTHER, 'electron', 'imports', 'electron in an unlisted ipc/ file'),
      f(MAIN_LOOSE, 'electron', 'imports', 'electron in an unlisted main file'),
    ],
    allowed: [],
  },
];

describe.each(ROWS)('layer row "$row"', ({ row, forbidden, allowed }) => {
  test.each(forbidden)('$file may not import $why', async ({ file, code, rule }) => {
    const messages = await lint(withoutTypes, file, code);
    const layerErrors = messages.filter((m) => m.ruleId === RULE_IDS[rule] && m.severity === 2);
    expect(layerErrors, JSON.stringify(messages, null, 2)).not.toHaveLength(0);
    for (const error of layerErrors) {
      expect(error.message).toContain(`Layer rule "${row}"`);
    }
  });

  if (allowed.length > 0) {
    test.each(allowed)('$file may import $why', async ({ file, code }) => {
      const messages = await lint(withoutTypes, file, code);
      expect(messages).toEqual([]);
    });
  }
});

describe('the config as shipped (type-aware)', () => {
  test('the shell entry may import electron; a floating promise is still an error', async () => {
    const code =
      "import { app } from 'electron';\n" +
      'export function start(): void {\n' +
      '  app.whenReady();\n' +
      '}\n';
    const messages = await lint(asConfigured, 'electron/main/index.ts', code);
    expect(messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  test('layer errors are errors, never warnings', async () => {
    const code = importOf('../../renderer/src/x');
    const messages = await lint(asConfigured, 'electron/main/index.ts', code);
    const layer = messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
    expect(layer).not.toHaveLength(0);
    expect(layer.every((m) => m.severity === 2)).toBe(true);
  });
});
