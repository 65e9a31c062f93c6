// Stand-ins for the few Electron objects the shell touches. Typed loosely on purpose: the code
// under test receives them through `as never`, exactly where Electron would hand it real ones.
import { EventEmitter } from 'node:events';

import { vi } from 'vitest';

export type FakeFrame = { url: string };

/** An Electron-style event: `preventDefault` is what the hardening calls. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  const preventDefault = vi.fn();
  return { preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 };
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame;
  destroyed = false;
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  constructor(url = 'app://tillbook/index.html') {
    super();
    this.mainFrame = { url };
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  displayMediaRequestHandler: ((...args: unknown[]) => void) | undefined;
  readonly protocol = { handle: vi.fn() };

  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }

  setDisplayMediaRequestHandler(handler: (...args: unknown[]) => void): void {
    this.displayMediaRequestHandler = handler;
  }
}
