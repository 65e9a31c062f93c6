// Sandboxed preload, bundled to one CommonJS file (a sandboxed preload can only require a few
// Electron modules). Exposes exactly `window.pos = { call, on }` (docs/security.md §2.7); never
// ipcRenderer, never the IPC event object.
import { contextBridge, ipcRenderer } from 'electron';

import type { PosApi } from './pos-api';
import { createPosBridge } from './pos-bridge';

const bridge = createPosBridge(ipcRenderer);

const pos: PosApi = {
  call: (key, input) => bridge.call(key, input),
  on: (event, cb) => bridge.on(event, cb),
};
contextBridge.exposeInMainWorld('pos', pos);
