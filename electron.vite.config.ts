// electron-vite 6: main → out/main (ESM, package.json "type": "module"), preload → out/preload
// (one bundled CommonJS file: a sandboxed preload cannot load ES modules or node_modules),
// renderer → out/renderer. `electron-vite build` needs no Electron binary; only the Electron
// major version, read from node_modules/electron/package.json or ELECTRON_MAJOR_VER.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

// electron-vite derives its node/chrome build targets from the Electron major version. The npm
// package (no binary needed) normally provides it; without the package, take the pinned version.
try {
  createRequire(import.meta.url).resolve('electron/package.json');
} catch {
  const pkg = readFileSync(resolve(root, 'package.json'), 'utf8');
  const major = /"electron":\s*"\D*(\d+)/.exec(pkg)?.[1];
  if (major !== undefined) process.env['ELECTRON_MAJOR_VER'] ??= major;
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // package.json dependencies (incl. the native @journeyapps/sqlcipher) stay external.
      externalizeDeps: true,
      lib: { entry: resolve(root, 'electron/main/index.ts') },
      rolldownOptions: {
        external: ['@journeyapps/sqlcipher', /^@journeyapps\/sqlcipher\//],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything except electron itself into one file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves minification off by default; the renderer is shipped, so minify it.
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
      },
    },
  },
});
