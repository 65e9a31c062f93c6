// Sandboxed preload, bundled to one CommonJS file (a sandboxed preload can only require a few
// Electron modules). Exposes exactly `window.pos = { call, on }` (security.md §1.7); never
// ipcRenderer, never the IPC event object.
import { contextBridge, ipcRenderer } from 'electron';

import { createPosBridge } from './pos-bridge';

const bridge = createPosBridge(ipcRenderer);

contextBridge.exposeInMainWorld('pos', {
  call: (key: string, input: unknown) => bridge.call(key, input),
  on: (event: string, cb: (payload: unknown) => void) => bridge.on(event, cb),
});
