// docs/architecture.md §4.2 / docs/security.md §2.3: every IPC handler goes through electron/main/ipc/router.ts.
// This scans the source tree, so a handler added anywhere else fails CI even if nothing calls it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['electron', 'shared', 'renderer/src', 'server'];
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const ROUTER = 'electron/main/ipc/router.ts';

/** Registration in any spelling: ipcMain.handle/on/once/addListener/handleOnce, also `ipcMain?.`/`['on']`. */
const REGISTRATION = /\bipcMain\s*(?:\?\.|\.)\s*(?:handle|handleOnce|on|once|addListener|prependListener|prependOnceListener)\b|\bipcMain\s*\[/;
/** Pulling ipcMain out of electron under another name would dodge the pattern above. */
const ALIASING = /\bipcMain\s*:\s*\w|\bipcMain\s+as\s+\w|=\s*ipcMain\b|\bipcMainServiceWorker\b/;

function* sourceFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

/** Comments may name the API (docs do); code may not. Keeps line numbers for the report. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const files = SCANNED.flatMap((dir) => [...sourceFiles(join(ROOT, dir))]).map((path) => ({
  path: relative(ROOT, path).split(sep).join('/'),
  text: withoutComments(readFileSync(path, 'utf8')),
}));

describe('IPC registration lives in router.ts only', () => {
  test('the scan sees the tree (sanity)', () => {
    expect(files.some((file) => file.path === ROUTER)).toBe(true);
    expect(files.length).toBeGreaterThan(20);
  });

  test('the patterns catch the spellings they are meant to (and skip comments)', () => {
    const caught = (code: string): boolean => {
      const text = withoutComments(code);
      return REGISTRATION.test(text) || ALIASING.test(text);
    };
    for (const code of [
      "ipcMain.handle('pos:x', fn)",
      "ipcMain.on('x', fn)",
      'ipcMain .once(c, f)',
      "ipcMain?.addListener('x', f)",
      "ipcMain['on']('x', f)",
      "import { ipcMain as bus } from 'electron'",
      'const { ipcMain: bus } = electron',
      'const bus = ipcMain;',
      'ipcMainServiceWorker.handle(c, f)',
    ]) {
      expect(caught(code), code).toBe(true);
    }
    expect(caught("// ipcMain.on('x') in a comment")).toBe(false);
    expect(caught("/* ipcMain.handle('x') */ const a = 1;")).toBe(false);
    expect(caught("ipcRenderer.on('x', f)")).toBe(false);
  });

  test('no ipcMain.handle / ipcMain.on (or aliases) outside router.ts', () => {
    const offenders = files
      .filter((file) => file.path !== ROUTER)
      .flatMap((file) =>
        file.text.split('\n').flatMap((line, index) =>
          REGISTRATION.test(line) || ALIASING.test(line) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [],
        ),
      );
    expect(offenders).toStrictEqual([]);
  });

  test('router.ts registers through one derived ipcMain.handle and nothing else', () => {
    const router = files.find((file) => file.path === ROUTER)?.text ?? '';
    expect(router.match(/\bipcMain\.handle\(/g)).toHaveLength(1);
    expect(router).toMatch(/for \(const key of METHOD_KEYS\)/);
    expect(router).not.toMatch(/\bipcMain\.(?:on|once|addListener|handleOnce)\b/);
  });

  test('electron-store (whose constructor adds ipcMain.on) is imported by the settings store only', () => {
    // Its one listener, 'electron-store-get-data', is proven unreachable from our renderer in
    // electron-store-channel.test.ts; a second importer would need the same proof.
    const users = files.filter((file) => /from\s+['"]electron-store['"]/.test(file.text)).map((file) => file.path);
    expect(users).toStrictEqual(['electron/main/platform/settings-store.ts']);
  });
});
