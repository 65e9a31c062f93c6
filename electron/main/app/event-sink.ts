import type { EventName, EventPayload } from '../../../shared/ipc/events';

/** Where push events go: webContents.send in Electron (ipc/events.ts), SSE in the web host. */
export type EventSink = {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
};

/** Fans one emit out to many sinks (several SSE clients, or a window plus a test probe). */
export class EventHub implements EventSink {
  private readonly sinks = new Set<EventSink>();

  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const sink of this.sinks) sink.emit(name, payload);
  }
}
