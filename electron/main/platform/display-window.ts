// The customer display's window (issue 9 §8): a second BrowserWindow on a second screen that shows
// the renderer's display route. It is NOT one of the trusted contents: the IPC router answers none
// of its calls, and the app's event sink sends it nothing; this file forwards it the display events
// alone, the same narrowing the web host applies to a paired display (electron/host/display-route.ts).
import { BrowserWindow, screen, type Display, type Screen } from 'electron';

import { isDisplayEvent } from '../../../shared/ipc/contract/display-domain';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { IPC_EVENT_CHANNEL } from '../../../shared/ipc/methods';
import type { EventHub, EventSink } from '../app/event-sink';
import { mainWebPreferences } from '../window';
import { APP_HOST, APP_SCHEME, isAppUrl } from './app-origin';

/** The renderer's display route inside the app origin (app:// serves files only, so a hash). */
export const DISPLAY_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html#display`;

export type DisplayWindowOptions = {
  readonly preloadPath: string;
  readonly events: Pick<EventHub, 'subscribe'>;
  readonly devTools: boolean;
  /** Where the window goes (a second screen's bounds), full screen there. */
  readonly display: Pick<Display, 'bounds'>;
  readonly onLoadFailed: (error: unknown) => void;
};

/** The screen for the customer: any but the primary one; none when the till has a single screen. */
export function customerScreen(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): Display | undefined {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().find((display) => display.id !== primary);
}

/** Forwards the display events, and only those, to one window's contents while it shows app://. */
export function displayOnlySink(contents: Electron.WebContents): EventSink {
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      if (!isDisplayEvent(name)) return;
      try {
        if (contents.isDestroyed() || !isAppUrl(contents.mainFrame.url)) return;
        contents.send(IPC_EVENT_CHANNEL, name, payload);
      } catch {
        // The window going away mid-send must not break the emitter.
      }
    },
  };
}

/** Opens the customer display window on `display` with the main window's hardened preferences. */
export function createDisplayWindow(options: DisplayWindowOptions): BrowserWindow {
  const { x, y, width, height } = options.display.bounds;
  const window = new BrowserWindow({
    x, y, width, height,
    fullscreen: true,
    show: false,
    frame: false,
    backgroundColor: '#ffffff',
    title: 'Tillbook customer display',
    webPreferences: mainWebPreferences(options.preloadPath, options.devTools),
  });
  const unsubscribe = options.events.subscribe(displayOnlySink(window.webContents));
  window.once('closed', unsubscribe);
  window.once('ready-to-show', () => window.showInactive());
  window.loadURL(DISPLAY_ENTRY_URL).catch(options.onLoadFailed);
  return window;
}

/**
 * At start-up: the customer display window on a second screen, if the till has one. A display
 * that cannot open is logged and the till goes on without it (selling does not need it).
 */
export function openCustomerDisplay(
  options: Omit<DisplayWindowOptions, 'display'>,
  log: { error(message: string, detail: Record<string, unknown>): void },
): BrowserWindow | null {
  try {
    const display = customerScreen(screen);
    return display === undefined ? null : createDisplayWindow({ ...options, display });
  } catch (error) {
    log.error('the customer display window could not open', { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
