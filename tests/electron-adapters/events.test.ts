import { describe, expect, test, vi } from 'vitest';

import { IPC_EVENT_CHANNEL } from '../../shared/ipc/methods';
import { FakeWebContents } from './fakes';

vi.mock('electron', () => ({}));

const { webContentsEventSink } = await import('../../electron/main/ipc/events');
const { TrustedContents } = await import('../../electron/main/platform/trusted-contents');
const { EventHub } = await import('../../electron/main/app/event-sink');

describe('webContents event sink', () => {
  test('sends name and payload on the one event channel to our windows only', () => {
    const trusted = new TrustedContents();
    const ours = new FakeWebContents();
    const foreign = new FakeWebContents('https://evil/');
    const gone = new FakeWebContents();
    const stranger = new FakeWebContents();
    for (const contents of [ours, foreign, gone]) trusted.add(contents as never);
    gone.destroy();
    const hub = new EventHub();
    hub.subscribe(webContentsEventSink(trusted));
    hub.emit('session.locked', { reason: 'idle' });
    expect(ours.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'session.locked', { reason: 'idle' });
    expect(foreign.send).not.toHaveBeenCalled();
    expect(gone.send).not.toHaveBeenCalled();
    expect(stranger.send).not.toHaveBeenCalled();
  });

  test('the customer display\'s events never reach a staff window (they have their own window)', () => {
    const trusted = new TrustedContents();
    const ours = new FakeWebContents();
    trusted.add(ours as never);
    const sink = webContentsEventSink(trusted);
    sink.emit('display.cart', { cartId: 'c', lines: [], totalMinor: 0, currency: 'CNY' });
    sink.emit('display.paid', { saleId: 's', totalMinor: 100, changeMinor: 0, currency: 'CNY' });
    sink.emit('display.walletQr', { payload: 'QR' });
    sink.emit('ledger.changed', { headSeq: 3 });
    expect(ours.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'ledger.changed', { headSeq: 3 });
  });

  test('a window that throws on send does not stop the others or the emitter', () => {
    const trusted = new TrustedContents();
    const broken = new FakeWebContents();
    broken.send.mockImplementation(() => {
      throw new Error('render process gone');
    });
    const fine = new FakeWebContents();
    trusted.add(broken as never);
    trusted.add(fine as never);
    expect(() => webContentsEventSink(trusted).emit('ledger.changed', { headSeq: 3 })).not.toThrow();
    expect(fine.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'ledger.changed', { headSeq: 3 });
  });
});
