// ESLint flat config. Besides the house rules (docs/architecture.md §5) this file encodes the layer
// table of docs/architecture.md §3, row by row, as errors:
//   - `import-x/no-restricted-paths` zones: which repo folders a folder may import from;
//   - `@typescript-eslint/no-restricted-imports` (the TS-aware `no-restricted-imports`): which
//     packages (`electron`, `node:*` and bare Node builtins, react, native/storage libs) a folder
//     may name.
// Every layer message contains `Layer rule "<row>"`, so a failure says which row was broken.
// When the table changes, change README.md, docs/architecture.md §3 and the LAYERS list below together.
import { builtinModules } from 'node:module';
import path from 'node:path';

import { defineConfig } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const ALL_FILES = [...TS_FILES, '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
const TABLE = 'See the layer table, architecture.md §3 / README.';

// ---------------------------------------------------------------------------------------------
// Resolution for the path zones. TS sources import extensionless or with `.js`; a relative import
// of a file that does not exist (yet) still resolves lexically (as `<path>.ts`), so a layer
// violation is reported even before its target is written.
const nodeResolver = createNodeResolver({
  extensions: [
    '.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.node',
  ],
  extensionAlias: {
    '.js': ['.ts', '.tsx', '.d.ts', '.js'],
    '.mjs': ['.mts', '.mjs'],
    '.cjs': ['.cts', '.cjs'],
  },
});
const layerResolver = {
  interfaceVersion: 3,
  name: 'tillbook-layer-resolver',
  resolve(modulePath, sourceFile) {
    const resolved = nodeResolver.resolve(modulePath, sourceFile);
    if (resolved.found) return resolved;
    if (modulePath.startsWith('.') || path.isAbsolute(modulePath)) {
      const lexical = path.resolve(path.dirname(sourceFile), modulePath.replace(/[?#].*$/, ''));
      const extension = path.extname(lexical);
      if (extension === '') return { found: true, path: `${lexical}.ts` };
      if (extension === '.js') return { found: true, path: `${lexical.slice(0, -3)}.ts` };
      return { found: true, path: lexical };
    }
    return { found: false };
  },
};

// ---------------------------------------------------------------------------------------------
// Package restrictions (no-restricted-imports building blocks).
const NODE_BUILTINS = builtinModules.filter(
  (name) => !name.startsWith('_') && !name.startsWith('node:'),
);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NODE_REGEX = `^(?:node:|(?:${NODE_BUILTINS.map(escapeRegex).join('|')})(?:/|$))`;

const electronBan = (message) => ({
  paths: [
    { name: 'electron', message },
    { name: 'electron-store', message: `${message} (electron-store imports electron)` },
  ],
  patterns: [{ regex: '^electron/', caseSensitive: true, message }],
});
const nodeBan = (message) => ({
  paths: [],
  patterns: [{ regex: NODE_REGEX, caseSensitive: true, message }],
});
const packageBan = (names, message) => ({
  paths: names.map((name) => ({ name, message })),
  patterns: names.map((name) => ({
    regex: `^${escapeRegex(name)}/`,
    caseSensitive: true,
    message,
  })),
});
const merge = (...parts) => ({
  paths: parts.flatMap((part) => part.paths),
  patterns: parts.flatMap((part) => part.patterns),
});
const REACT = ['react', 'react-dom'];
const STORAGE = ['@journeyapps/sqlcipher', 'pg', '@electric-sql/pglite', 'conf'];

// ---------------------------------------------------------------------------------------------
// The layer table. `files`: the row's files (ESLint globs); `target`: the same, for the zone;
// `allow`: repo paths the row may import (everything else in the repo is forbidden; packages in
// node_modules are governed by `packages`); `packages`: no-restricted-imports options.
const SHELL_FILES = [
  'electron/main/index.ts',
  'electron/main/window.ts',
  'electron/main/security.ts',
  'electron/main/protocol.ts',
  'electron/main/ipc/router.ts',
  'electron/main/ipc/events.ts',
];
// sys/: the Node helpers every host shares (files, atomic write, passphrase prompt, KDF from the
// environment, the redacting logger), so the web host and the CLI need not import platform/.
const L2 = ['electron/main/db', 'electron/main/sync', 'electron/main/sys'];
const APP = 'electron/main/app';
// dispatch.ts and the transport-free pieces it is made of (caller context, the bounded payload
// walk): all of them are mounted by the web host, so none may name electron.
const DISPATCH_FILES = [
  'electron/main/ipc/dispatch.ts',
  'electron/main/ipc/call-context.ts',
  'electron/main/ipc/payload-shape.ts',
];
const HANDLERS = [...DISPATCH_FILES, 'electron/main/ipc/handlers'];

/**
 * @typedef {{ paths: object[]; patterns: object[] }} PackageOptions
 * @type {{ name: string; files: string[]; target: string[]; allow: string[]; message: string;
 *          packages: (message: string) => PackageOptions | null }[]}
 */
const LAYERS = [
  {
    name: 'L0 shared',
    files: ['shared/**'],
    target: ['shared'],
    allow: ['shared'],
    message:
      'shared/** is pure TypeScript: it may import shared/** and pure libraries (zod, …) only — ' +
      'no electron, node:* / Node builtins, React, storage drivers or any other top folder ' +
      '(electron/, renderer/, server/, tests/).',
    packages: (m) => merge(electronBan(m), nodeBan(m), packageBan([...REACT, ...STORAGE], m)),
  },
  {
    name: 'L1 core',
    files: ['electron/main/core/**'],
    target: ['electron/main/core'],
    allow: ['shared', 'electron/main/core'],
    message:
      'electron/main/core/** may import shared/** only — no electron, node:*, db/, sync/, ipc/, ' +
      'platform/ or shell files (ports are injected).',
    packages: (m) => merge(electronBan(m), nodeBan(m), packageBan([...REACT, ...STORAGE], m)),
  },
  {
    name: 'L2 adapters',
    files: L2.map((dir) => `${dir}/**`),
    target: L2,
    allow: ['shared', 'electron/main/core', ...L2],
    message:
      'electron/main/{db,sync,sys}/** may import shared, core, node:* and @journeyapps/sqlcipher — ' +
      'not electron, ipc/, platform/, shell files, renderer/ or server/.',
    packages: (m) => merge(electronBan(m), packageBan(REACT, m)),
  },
  {
    name: 'L2½ use cases',
    files: [`${APP}/**`],
    target: [APP],
    allow: ['shared', 'electron/main/core', ...L2, APP],
    message:
      'electron/main/app/** (one use case per file) may import shared, core, db, sync, sys and ' +
      'node:* — not electron, ipc/ (handlers call use cases, never the reverse), platform/ or ' +
      'shell files.',
    packages: (m) => merge(electronBan(m), packageBan(REACT, m)),
  },
  {
    name: 'L3 handlers',
    files: [...DISPATCH_FILES, 'electron/main/ipc/handlers/**'],
    target: HANDLERS,
    allow: ['shared', 'electron/main/core', APP, ...HANDLERS],
    message:
      'electron/main/ipc/dispatch.ts (with call-context and payload-shape) and ' +
      'ipc/handlers/** may import shared, core and app (use cases) — not db/ or sync/ directly, ' +
      'never electron (the web host mounts them in plain Node), platform/, router.ts or events.ts.',
    packages: (m) => merge(electronBan(m), packageBan([...REACT, ...STORAGE], m)),
  },
  {
    name: 'L3 shell',
    files: [...SHELL_FILES, 'electron/main/platform/**'],
    target: [...SHELL_FILES, 'electron/main/platform'],
    allow: ['electron/main', 'shared', 'resources'],
    message:
      'the shell (electron/main/{index,window,security,protocol}.ts, ipc/{router,events}.ts, ' +
      'platform/**) may import electron/main/**, shared and electron — not renderer/, server/, ' +
      'preload, host or cli.',
    packages: () => null,
  },
  {
    name: 'Host / CLI',
    files: ['electron/host/**', 'electron/cli/**'],
    target: ['electron/host', 'electron/cli'],
    allow: [
      'shared',
      'electron/main/core',
      ...L2,
      APP,
      ...HANDLERS,
      'electron/host',
      'electron/cli',
    ],
    message:
      'electron/{host,cli}/** run in plain Node: they may import shared, core, app, db, sync, sys, ' +
      'ipc/dispatch.ts, ipc/handlers/** and node:* — not electron, platform/, ipc/router.ts or ' +
      'other shell files.',
    packages: (m) => merge(electronBan(m), packageBan(REACT, m)),
  },
  {
    name: 'Preload',
    files: ['electron/preload/**'],
    target: ['electron/preload'],
    allow: ['shared/ipc', 'electron/preload'],
    message:
      'electron/preload/** may import shared/ipc/** and electron (contextBridge, ipcRenderer ' +
      'only) — not electron/main/**, node:* / Node builtins or other folders.',
    packages: (m) => ({
      paths: [
        { name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: m },
        { name: 'electron-store', message: m },
        ...packageBan([...REACT, ...STORAGE], m).paths,
      ],
      patterns: [
        { regex: '^electron/', caseSensitive: true, message: m },
        { regex: NODE_REGEX, caseSensitive: true, message: m },
        ...packageBan([...REACT, ...STORAGE], m).patterns,
      ],
    }),
  },
  {
    name: 'Renderer',
    files: ['renderer/**'],
    target: ['renderer'],
    // pos-api.ts: how a not-yet-written pos-api.d.ts resolves; `import type` is enforced below.
    allow: ['renderer', 'shared', 'electron/preload/pos-api.d.ts', 'electron/preload/pos-api.ts'],
    message:
      'renderer/** is untrusted web content: it may import shared/** and browser libraries, plus ' +
      '`import type` from electron/preload/pos-api.d.ts — not electron, node:* / Node builtins, ' +
      'electron/** code, server/ or storage drivers.',
    packages: (m) => {
      const base = merge(electronBan(m), nodeBan(m), packageBan(STORAGE, m));
      return {
        paths: base.paths,
        patterns: [
          ...base.patterns,
          // pos-api.d.ts only as `import type`
          {
            regex: '(?:^|/)electron/preload/pos-api(?:\\.d)?(?:\\.ts|\\.js)?$',
            allowTypeImports: true,
            message: m,
          },
        ],
      };
    },
  },
  {
    name: 'Server',
    files: ['server/**'],
    target: ['server'],
    allow: ['server', 'shared'],
    message:
      'server/** is a separate service: it may import shared/**, node:*, pg and ' +
      '@electric-sql/pglite — not electron/** or renderer/**.',
    packages: (m) => merge(electronBan(m), packageBan([...REACT, '@journeyapps/sqlcipher'], m)),
  },
];

const layerMessage = (layer) => `Layer rule "${layer.name}": ${layer.message} ${TABLE}`;

const rel = (p) => `./${p}`;
const zones = [
  ...LAYERS.map((layer) => ({
    target: layer.target,
    from: '.',
    except: [...layer.allow.map(rel), './node_modules'],
    message: layerMessage(layer),
  })),
  {
    // electron/main files not named in any row (e.g. a helper next to router.ts) stay inside main.
    target: [
      'electron/main/!(index|window|security|protocol).ts',
      'electron/main/ipc/!(dispatch|call-context|payload-shape|router|events).ts',
      'electron/main/!(core|app|db|sync|sys|ipc|platform)/**',
      'electron/main/ipc/!(handlers)/**',
    ].map((glob) => path.join(ROOT, glob)),
    from: '.',
    except: ['./electron/main', './shared', './resources', './node_modules'],
    message:
      'Layer rule "electron/main (other files)": files under electron/main/** may import ' +
      'electron/main/** and shared/** only — not renderer/, server/, preload, host or cli. ' +
      TABLE,
  },
];

const ELECTRON_ONLY_IN_SHELL =
  'Layer rule "electron only in the L3 shell": only ' +
  'electron/main/{index,window,security,protocol}.ts, electron/main/ipc/{router,events}.ts, ' +
  `electron/main/platform/** and the preload may import electron. ${TABLE}`;

// ---------------------------------------------------------------------------------------------
export default defineConfig([
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/lint/fixtures/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ALL_FILES,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    plugins: {
      '@typescript-eslint': tseslint.plugin,
      'import-x': importX,
    },
    settings: {
      'import-x/resolver-next': [layerResolver],
    },
    rules: {
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', electronBan(ELECTRON_ONLY_IN_SHELL)],
    },
  },
  {
    // Type-aware rules for TypeScript. Each file is checked against the nearest tsconfig.json
    // (root = Node project, renderer/tsconfig.json = web project).
    files: TS_FILES,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: ROOT,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // tests/renderer/** belongs to the web project but has no tsconfig.json of its own above it.
    files: ['tests/renderer/**/*.ts', 'tests/renderer/**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './renderer/tsconfig.json',
        tsconfigRootDir: ROOT,
      },
    },
  },
  // Per-layer package restrictions (one block per row; a block replaces the default above).
  ...LAYERS.map((layer) => {
    const options = layer.packages(layerMessage(layer));
    return {
      name: `tillbook/layer/${layer.name}`,
      files: layer.files,
      rules: {
        '@typescript-eslint/no-restricted-imports': options === null ? 'off' : ['error', options],
      },
    };
  }),
  {
    // Tests may name electron in types (fake IPC events); tests/electron/** runs with the binary.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowTypeImports: true, message: ELECTRON_ONLY_IN_SHELL }],
          patterns: [],
        },
      ],
    },
  },
  {
    files: ['tests/electron/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Tools that demand a default export.
    files: ['**/*.config.*', 'eslint.config.mjs', 'playwright.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
]);
