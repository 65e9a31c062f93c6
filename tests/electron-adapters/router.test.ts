import { beforeEach, describe, expect, test, vi } from 'vitest';

import { contract } from '../../shared/ipc/contract';
import { IPC_CHANNEL_PREFIX, METHOD_KEYS } from '../../shared/ipc/methods';
import { FakeWebContents } from './fakes';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, unknown>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, listener: unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
      on: vi.fn(),
      once: vi.fn(),
      addListener: vi.fn(),
      handleOnce: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const { registerIpcRouter, senderProblem } = await import('../../electron/main/ipc/router');
const { TrustedContents } = await import('../../electron/main/platform/trusted-contents');

const OK = { ok: true, value: 'dispatched' } as const;
const log = { error: vi.fn() };

function setup() {
  electron.handlers.clear();
  const dispatch = vi.fn((..._args: unknown[]) => Promise.resolve(OK));
  const trusted = new TrustedContents();
  const unregister = registerIpcRouter(dispatch, trusted, log);
  return { dispatch, trusted, unregister };
}

/** A sender whose main frame shows `url`, trusted unless said otherwise. */
function sender(trusted: InstanceType<typeof TrustedContents>, url = 'app://tillbook/index.html', trust = true) {
  const contents = new FakeWebContents(url);
  if (trust) trusted.add(contents as never);
  return contents;
}

async function invoke(key: string, event: unknown, input: unknown = {}): Promise<unknown> {
  const listener = electron.handlers.get(`${IPC_CHANNEL_PREFIX}${key}`) as Listener | undefined;
  if (!listener) throw new Error(`no handler for ${key}`);
  return listener(event, input);
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };

describe('IPC router registration', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  test('exactly one ipcMain.handle per contract key, and no other channel or listener', () => {
    setup();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(METHOD_KEYS.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toStrictEqual(Object.keys(contract).map((k) => `${IPC_CHANNEL_PREFIX}${k}`).sort());
    expect([...METHOD_KEYS].sort()).toStrictEqual(Object.keys(contract).sort());
    expect(electron.ipcMain.on).not.toHaveBeenCalled();
    expect(electron.ipcMain.once).not.toHaveBeenCalled();
    expect(electron.ipcMain.addListener).not.toHaveBeenCalled();
    expect(electron.ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  test('unregister removes every channel it added', () => {
    const { unregister } = setup();
    unregister();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledTimes(METHOD_KEYS.length);
    expect(electron.handlers.size).toBe(0);
  });
});

describe('IPC router sender checks', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  test('a good sender is dispatched with the key, the input and transport ipc', async () => {
    const { dispatch, trusted } = setup();
    const contents = sender(trusted);
    const input = { staffCode: 'ab', secret: '1234' };
    await expect(invoke('staff.signIn', { sender: contents, senderFrame: contents.mainFrame }, input)).resolves.toStrictEqual(OK);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('staff.signIn', input, 'ipc', { printPage: expect.any(Function) });
  });

  test('the print effect prints the sender\'s own page: silently to a named printer, else with the dialog', async () => {
    const { dispatch, trusted } = setup();
    const contents = Object.assign(sender(trusted), {
      print: vi.fn((_options: unknown, done: (success: boolean, reason: string) => void) => done(true, '')),
    });
    const other = Object.assign(sender(trusted), { print: vi.fn() });
    await invoke('receipts.printPage', { sender: contents, senderFrame: contents.mainFrame });
    const effects = dispatch.mock.calls[0]?.[3] as { printPage: (name: string | null) => Promise<unknown> };
    await expect(effects.printPage('Till printer')).resolves.toEqual({ ok: true });
    expect(contents.print).toHaveBeenLastCalledWith(expect.objectContaining({ silent: true, deviceName: 'Till printer' }), expect.any(Function));
    await effects.printPage(null);
    expect(contents.print).toHaveBeenLastCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
    expect(other.print).not.toHaveBeenCalled();
  });

  const cases: [string, (trusted: InstanceType<typeof TrustedContents>) => unknown, string][] = [
    [
      'senderFrame is null (navigated or destroyed)',
      (t) => ({ sender: sender(t), senderFrame: null }),
      'no_frame',
    ],
    [
      'a subframe, even one showing our origin',
      (t) => ({ sender: sender(t), senderFrame: { url: 'app://tillbook/index.html' } }),
      'not_main_frame',
    ],
    [
      'a window we did not create',
      (t) => {
        const contents = sender(t, 'app://tillbook/index.html', false);
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'unknown_window',
    ],
    [
      'a look-alike host app://tillbook.attacker',
      (t) => {
        const contents = sender(t, 'app://tillbook.attacker/index.html');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'https://evil',
      (t) => {
        const contents = sender(t, 'https://evil/');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'https://tillbook (right host, wrong scheme)',
      (t) => {
        const contents = sender(t, 'https://tillbook/');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'credentials in the frame URL',
      (t) => {
        const contents = sender(t, 'app://evil@tillbook/');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'a port on our host',
      (t) => {
        const contents = sender(t, 'app://tillbook:8080/');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'file://',
      (t) => {
        const contents = sender(t, 'file:///app/out/renderer/index.html');
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'foreign_origin',
    ],
    [
      'a destroyed window',
      (t) => {
        const contents = sender(t);
        contents.destroy();
        return { sender: contents, senderFrame: contents.mainFrame };
      },
      'unknown_window',
    ],
    [
      'a frame that throws when read (disposed)',
      (t) => {
        const contents = sender(t);
        return {
          sender: contents,
          get senderFrame(): never {
            throw new Error('Render frame was disposed before WebFrameMain could be accessed');
          },
        };
      },
      'no_frame',
    ],
  ];

  test.each(cases)('%s → forbidden, nothing dispatched', async (_why, makeEvent, reason) => {
    const { dispatch, trusted } = setup();
    const event = makeEvent(trusted);
    expect(senderProblem(event as never, trusted)).toBe(reason);
    for (const key of METHOD_KEYS) {
      await expect(invoke(key, event)).resolves.toStrictEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(log.error).toHaveBeenCalledWith('ipc call refused', expect.objectContaining({ reason }));
  });

  test('a dispatch that throws becomes internal, not a rejected invoke', async () => {
    electron.handlers.clear();
    const trusted = new TrustedContents();
    registerIpcRouter(() => Promise.reject(new Error('boom')), trusted, log);
    const contents = sender(trusted);
    await expect(invoke('system.status', { sender: contents, senderFrame: contents.mainFrame })).resolves.toStrictEqual({
      ok: false,
      error: { code: 'internal', message: expect.any(String) },
    });
  });
});
