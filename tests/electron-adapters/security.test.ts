import { describe, expect, test, vi } from 'vitest';

import { FakeSession, FakeWebContents, fakeEvent } from './fakes';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }));
vi.mock('electron', () => electron);

const { hardenSession, hardenWebContents } = await import('../../electron/main/security');
const { isAllowedExternalUrl } = await import('../../electron/main/platform/external-links');

const ALLOW = ['https://help.example.com'];

describe('webContents hardening', () => {
  test.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s is prevented for every target, our own origin included',
    (name) => {
      const contents = new FakeWebContents();
      hardenWebContents(contents as never, ALLOW, vi.fn());
      for (const url of ['https://evil.example', 'app://tillbook/other.html', 'file:///etc/passwd', 'https://help.example.com']) {
        const event = fakeEvent();
        contents.emit(name, Object.assign(event, { url }), url);
        expect(event.defaultPrevented()).toBe(true);
      }
    },
  );

  test('<webview> is never attached', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, ALLOW, vi.fn());
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example' });
    expect(event.defaultPrevented()).toBe(true);
  });

  test('window.open is always denied; only an allowlisted https origin goes to the OS browser', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents as never, ALLOW, openExternal);
    const handler = contents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    const urls = [
      'https://help.example.com/guide',
      'http://help.example.com/guide',
      'https://help.example.com.evil.example/',
      'https://user:pw@help.example.com/',
      'https://evil.example/?https://help.example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://tillbook/index.html',
      'not a url',
    ];
    for (const url of urls) expect(handler({ url })).toStrictEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://help.example.com/guide');
  });

  test('the default openExternal is shell.openExternal', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, ALLOW);
    contents.windowOpenHandler?.({ url: 'https://help.example.com/' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://help.example.com/');
  });

  test('the Bluetooth picker is cancelled', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, ALLOW, vi.fn());
    const event = fakeEvent();
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'x' }], callback);
    expect(event.defaultPrevented()).toBe(true);
    expect(callback).toHaveBeenCalledExactlyOnceWith('');
  });

  test('isAllowedExternalUrl compares parsed https origins exactly', () => {
    expect(isAllowedExternalUrl('https://help.example.com:443/x', ALLOW)).toBe(true);
    expect(isAllowedExternalUrl('https://help.example.com:8443/x', ALLOW)).toBe(false);
    expect(isAllowedExternalUrl('https://HELP.example.com/x', ALLOW)).toBe(true);
    expect(isAllowedExternalUrl('https://help.example.com/x', [])).toBe(false);
  });
});

describe('session hardening', () => {
  const PERMISSIONS = [
    'media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial',
    'usb', 'openExternal', 'fullscreen', 'pointerLock', 'display-capture', 'midiSysex', 'unknown',
  ];

  test('every permission request is denied', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  test('every permission check and device permission is denied', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    for (const permission of PERMISSIONS) {
      expect(session.permissionCheckHandler?.(null, permission, 'app://tillbook', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'hid', origin: 'app://tillbook' })).toBe(false);
    const callback = vi.fn();
    session.displayMediaRequestHandler?.({}, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });

  test('HID, serial and USB pickers are cancelled', () => {
    const session = new FakeSession();
    hardenSession(session as never);
    const hid = { event: fakeEvent(), callback: vi.fn() };
    session.emit('select-hid-device', hid.event, { deviceList: [{ deviceId: 'a' }] }, hid.callback);
    expect(hid.event.defaultPrevented()).toBe(true);
    expect(hid.callback).toHaveBeenCalledExactlyOnceWith();
    const serial = { event: fakeEvent(), callback: vi.fn() };
    session.emit('select-serial-port', serial.event, [{ portId: 'p' }], {}, serial.callback);
    expect(serial.event.defaultPrevented()).toBe(true);
    expect(serial.callback).toHaveBeenCalledExactlyOnceWith('');
    const usb = { event: fakeEvent(), callback: vi.fn() };
    session.emit('select-usb-device', usb.event, { deviceList: [{ deviceId: 'u' }] }, usb.callback);
    expect(usb.event.defaultPrevented()).toBe(true);
    expect(usb.callback).toHaveBeenCalledExactlyOnceWith();
  });
});
