// Sandboxed preload, bundled to CommonJS (a sandboxed preload can only require a few Electron
// modules). Placeholder bridge until window.pos is built from shared/ipc/methods.ts.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('pos', { version: 1 });
