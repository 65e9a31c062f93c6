// The only place that registers IPC handlers (docs/security.md §2.3, docs/architecture.md §4.2): one
// `ipcMain.handle('pos:' + key)` per contract key, derived from METHOD_KEYS, each checking the
// sender before the transport-free dispatch runs. A test fails on any ipcMain.handle/on elsewhere.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';

import { IPC_CHANNEL_PREFIX, METHOD_KEYS } from '../../../shared/ipc/methods';
import { err, type Result } from '../../../shared/domain/result';
import { isAppUrl } from '../platform/app-origin';
import { printReceipt } from '../platform/print-receipt';
import type { Dispatch, Logger } from './dispatch';

export type SenderTrust = { has(contents: WebContents): boolean };

export type SenderProblem = 'no_frame' | 'not_main_frame' | 'unknown_window' | 'foreign_origin';

/**
 * Why a sender may not call, or undefined when it may. `senderFrame` is null when the frame has
 * navigated or been destroyed since it sent; the frame URL is parsed, never prefix-matched.
 */
export function senderProblem(event: IpcMainInvokeEvent, trusted: SenderTrust): SenderProblem | undefined {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return 'no_frame';
    if (frame !== event.sender.mainFrame) return 'not_main_frame';
    if (!trusted.has(event.sender)) return 'unknown_window';
    if (!isAppUrl(frame.url)) return 'foreign_origin';
    return undefined;
  } catch {
    // A frame disposed while we look at it throws on access: treat it like a missing frame.
    return 'no_frame';
  }
}

export const channelFor = (key: string): string => `${IPC_CHANNEL_PREFIX}${key}`;

/** Registers every contract key; returns a function that removes them again (tests, shutdown). */
export function registerIpcRouter(dispatch: Dispatch, trusted: SenderTrust, log: Logger): () => void {
  for (const key of METHOD_KEYS) {
    ipcMain.handle(channelFor(key), async (event, input: unknown): Promise<Result<unknown>> => {
      const problem = senderProblem(event, trusted);
      if (problem !== undefined) {
        log.error('ipc call refused', { method: key, reason: problem });
        return err('forbidden', 'this caller may not use the till');
      }
      try {
        // The sender's own page, and only it, is what a print call may print.
        return await dispatch(key, input, 'ipc', { printPage: (printerName) => printReceipt(event.sender, printerName) });
      } catch (error) {
        log.error('dispatch threw', { method: key, error: error instanceof Error ? error.message : String(error) });
        return err('internal', 'something went wrong');
      }
    });
  }
  return () => {
    for (const key of METHOD_KEYS) ipcMain.removeHandler(channelFor(key));
  };
}
