import { beforeEach, describe, expect, test, vi } from 'vitest';

import { EventHub } from '../../electron/main/app/event-sink';
import { IPC_EVENT_CHANNEL } from '../../shared/ipc/methods';
import { FakeWebContents } from './fakes';

const electron = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; webContents: unknown; loadURL: ReturnType<typeof vi.fn>; handlers: Map<string, () => void> }[] = [];
  class BrowserWindow {
    readonly webContents: unknown;
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly showInactive = vi.fn();
    readonly handlers = new Map<string, () => void>();
    readonly once = vi.fn((name: string, handler: () => void) => this.handlers.set(name, handler));
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = makeContents();
      windows.push(this);
    }
  }
  let makeContents: () => unknown = () => ({});
  return { BrowserWindow, windows, setContentsFactory: (factory: () => unknown) => (makeContents = factory) };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { createDisplayWindow, customerScreen, DISPLAY_ENTRY_URL } = await import('../../electron/main/platform/display-window');
const { mainWebPreferences } = await import('../../electron/main/window');
const { TrustedContents } = await import('../../electron/main/platform/trusted-contents');

const SECOND = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 } };

function open(hub: EventHub) {
  return createDisplayWindow({ preloadPath: '/app/out/preload/index.cjs', events: hub, devTools: false, display: SECOND, onLoadFailed: vi.fn() });
}

describe('customer display window', () => {
  beforeEach(() => {
    electron.windows.length = 0;
    electron.setContentsFactory(() => new FakeWebContents('app://tillbook/index.html#display'));
  });

  test('opens full screen on the second screen with the hardened preferences, at the display route', () => {
    open(new EventHub());
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ x: 1920, y: 0, width: 1024, height: 768, fullscreen: true, show: false });
    expect(window?.options['webPreferences']).toEqual(mainWebPreferences('/app/out/preload/index.cjs', false));
    expect(window?.loadURL).toHaveBeenCalledWith(DISPLAY_ENTRY_URL);
    expect(DISPLAY_ENTRY_URL).toBe('app://tillbook/index.html#display');
  });

  test('is sent the display events and no other event; none after it closed', () => {
    const hub = new EventHub();
    open(hub);
    const [window] = electron.windows;
    const contents = window?.webContents as FakeWebContents;
    hub.emit('session.changed', { state: 'active' });
    hub.emit('ledger.changed', { headSeq: 1 });
    const cart = { cartId: '01900000-0000-7000-8000-00000000000a', lines: [], totalMinor: 0, currency: 'CNY' };
    hub.emit('display.cart', cart);
    hub.emit('display.walletQr', { payload: 'pay' });
    expect(contents.send.mock.calls).toEqual([
      [IPC_EVENT_CHANNEL, 'display.cart', cart],
      [IPC_EVENT_CHANNEL, 'display.walletQr', { payload: 'pay' }],
    ]);
    window?.handlers.get('closed')?.();
    hub.emit('display.walletQr', { payload: 'later' });
    expect(contents.send).toHaveBeenCalledTimes(2);
  });

  test('is never a trusted sender: the router answers none of its calls', () => {
    const trusted = new TrustedContents();
    open(new EventHub());
    expect(trusted.has(electron.windows[0]?.webContents as never)).toBe(false);
  });

  test('sends nothing to contents that navigated away from app://', () => {
    electron.setContentsFactory(() => new FakeWebContents('https://example.com/'));
    const hub = new EventHub();
    open(hub);
    hub.emit('display.walletQr', { payload: 'pay' });
    expect((electron.windows[0]?.webContents as FakeWebContents).send).not.toHaveBeenCalled();
  });

  test('the customer screen is any but the primary one; a single screen has none', () => {
    const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    const screen = (displays: unknown[]) => ({ getPrimaryDisplay: () => primary, getAllDisplays: () => displays }) as never;
    expect(customerScreen(screen([primary, SECOND]))).toBe(SECOND);
    expect(customerScreen(screen([primary]))).toBeUndefined();
  });
});
