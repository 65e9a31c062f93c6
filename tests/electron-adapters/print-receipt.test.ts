import { describe, expect, test, vi } from 'vitest';

// The module imports only types from electron; the mock makes sure nothing else is reached for.
vi.mock('electron', () => ({}));

const { printReceipt, receiptPrintOptions } = await import('../../electron/main/platform/print-receipt');

type PrintCall = { options: unknown; callback: (success: boolean, failureReason: string) => void };

function fakeContents(answer: (call: PrintCall) => void) {
  const calls: PrintCall[] = [];
  const print = vi.fn((options: unknown, callback: (success: boolean, failureReason: string) => void) => {
    const call = { options, callback };
    calls.push(call);
    answer(call);
  });
  return { contents: { print } as unknown as Parameters<typeof printReceipt>[0], calls };
}

describe('print-receipt (webContents.print)', () => {
  test('a configured printer gets the job silently, without margins or header', async () => {
    const { contents, calls } = fakeContents((call) => call.callback(true, ''));
    await expect(printReceipt(contents, 'XP-58')).resolves.toEqual({ ok: true });
    expect(calls[0]?.options).toEqual({ printBackground: false, margins: { marginType: 'none' }, header: '', footer: '', silent: true, deviceName: 'XP-58' });
  });

  test('no configured printer: the system dialog (not silent, no device named)', () => {
    expect(receiptPrintOptions(null)).toEqual({ printBackground: false, margins: { marginType: 'none' }, header: '', footer: '', silent: false });
  });

  test('a refusal or a cancelled dialog settles with the reason, never rejects', async () => {
    const refused = fakeContents((call) => call.callback(false, 'Invalid deviceName provided'));
    await expect(printReceipt(refused.contents, 'nope')).resolves.toEqual({ ok: false, reason: 'Invalid deviceName provided' });
    const cancelled = fakeContents((call) => call.callback(false, ''));
    await expect(printReceipt(cancelled.contents, null)).resolves.toEqual({ ok: false, reason: 'cancelled' });
    const thrown = fakeContents(() => {
      throw new Error('destroyed');
    });
    await expect(printReceipt(thrown.contents, null)).resolves.toEqual({ ok: false, reason: 'destroyed' });
  });
});
