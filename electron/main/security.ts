// Navigation, new-window, webview, external-link and permission denial (docs/security.md §2.1, §2.4,
// §2.5). Applied to every webContents (app 'web-contents-created') and to the default session.
import { shell, type Session, type WebContents } from 'electron';

import { isAllowedExternalUrl, type ExternalAllowlist } from './platform/external-links';

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Denies every navigation and redirect (the app never leaves `app://tillbook/index.html` once
 * loaded; programmatic loadURL does not emit these), every window.open / target=_blank (an
 * allowlisted https link goes to the system browser instead) and every <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  allowlist: ExternalAllowlist,
  openExternal: OpenExternal = (url) => shell.openExternal(url),
): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, allowlist)) {
      openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
  // Web Bluetooth's picker lives on webContents; cancel it (the permission check denies it too).
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

/**
 * Electron grants every permission by default. We grant none: printers and the cash drawer are
 * driven from main, so the renderer needs no camera, HID, serial, USB, notifications or clipboard
 * read. Device pickers are cancelled as well.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}
