// Push events main → renderer (docs/architecture.md §4.4): one channel, the event name and its payload.
// Sent only to our own windows, and only while they show app://tillbook; the customer display's
// events go to its own window (platform/display-window.ts), never to the staff's.
import type { WebContents } from 'electron';

import { isDisplayEvent } from '../../../shared/ipc/contract/display-domain';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { IPC_EVENT_CHANNEL } from '../../../shared/ipc/methods';
import { isAppUrl } from '../platform/app-origin';
import type { EventSink } from '../app/event-sink';

export type EventTargets = { all(): readonly WebContents[] };

export function webContentsEventSink(targets: EventTargets): EventSink {
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      if (isDisplayEvent(name)) return;
      for (const contents of targets.all()) {
        try {
          if (contents.isDestroyed() || !isAppUrl(contents.mainFrame.url)) continue;
          contents.send(IPC_EVENT_CHANNEL, name, payload);
        } catch {
          // A window going away mid-send must not break the emitter (core code called it).
        }
      }
    },
  };
}
