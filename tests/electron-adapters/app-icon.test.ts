// The app icon: resources/icon.svg is the source, resources/icons/<n>x<n>.png are rendered from
// it (npm run icons) and committed; the window, electron-builder and the browser favicon use them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SIZES = [16, 32, 64, 128, 256, 512, 1024];
const iconFile = (size: number) => join(ROOT, 'resources', 'icons', `${size}x${size}.png`);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const electron = vi.hoisted(() => {
  const created: { icon?: unknown }[] = [];
  class BrowserWindow {
    readonly webContents = {};
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly once = vi.fn();
    constructor(options: { icon?: unknown }) {
      created.push(options);
    }
  }
  return { BrowserWindow, created };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

describe('app icon', () => {
  test('the SVG source and every PNG size exist, each exactly n×n', () => {
    expect(readFileSync(join(ROOT, 'resources', 'icon.svg'), 'utf8')).toMatch(/<svg[^>]*viewBox="0 0 1024 1024"/);
    for (const size of SIZES) {
      expect(pngSize(readFileSync(iconFile(size))), `${size}x${size}.png`).toEqual({ width: size, height: size });
    }
  });

  test('the PNGs are the SVG as rendered now (run `npm run icons` after editing it)', () => {
    const svg = readFileSync(join(ROOT, 'resources', 'icon.svg'), 'utf8');
    for (const size of SIZES) {
      const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      expect(Buffer.compare(rendered, readFileSync(iconFile(size))), `${size}x${size}.png is stale`).toBe(0);
    }
  });

  test('the window is created with the icon, and the path resolves in the source tree as in out/main', async () => {
    const { APP_ICON_PATH, createMainWindow } = await import('../../electron/main/window');
    expect(APP_ICON_PATH).toBe(iconFile(512));
    const trusted = { add: vi.fn() };
    createMainWindow({ preloadPath: '/p.cjs', trusted: trusted as never, devTools: false, onLoadFailed: () => undefined });
    expect(electron.created.at(-1)?.icon).toBe(APP_ICON_PATH);
  });

  test('electron-builder packs the window icon and names an icon per platform that exists', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^files:\n(?: {2}.*\n)*? {2}- resources\/icons\/512x512\.png$/m);
    expect(yml).toMatch(/^ {2}buildResources: resources$/m);
    const icons = [...yml.matchAll(/^(linux|win|mac):\n(?: {2}.*\n)*? {2}icon: (\S+)$/gm)].map((m) => [m[1], m[2]]);
    expect(icons.map(([platform]) => platform).sort()).toEqual(['linux', 'mac', 'win']);
    for (const [, path] of icons) expect(existsSync(join(ROOT, path ?? '')), path).toBe(true);
  });

  test('the browser favicon links the rendered PNGs', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link rel="icon"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(href).toMatch(/^\.\.\/resources\/icons\/\d+x\d+\.png$/);
      expect(existsSync(join(ROOT, 'renderer', href)), href).toBe(true);
    }
  });
});
