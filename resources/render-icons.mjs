// Renders resources/icon.svg to the PNG sizes the app, the installers and the browser favicon
// use (resources/icons/<n>x<n>.png, the naming electron-builder expects for Linux icon sets).
// Run with `npm run icons` after editing the SVG, and commit the PNGs: packaging and the renderer
// build read them and never run this.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';

const ICON_SIZES = [16, 32, 64, 128, 256, 512, 1024];

const here = import.meta.dirname;
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(here, 'icons', `${size}x${size}.png`), png);
  console.log(`icons/${size}x${size}.png ${png.length} bytes`);
}
