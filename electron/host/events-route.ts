import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDisplayEvent } from '../../shared/ipc/contract/display-domain';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { EventSink } from '../main/app/event-sink';
import { setBaseHeaders } from './http-util';

/** What the events route needs of the app's EventHub. */
export type EventFeed = { subscribe(sink: EventSink): () => void };

/** A feed that passes on only the events `keep` names. */
export function narrowedFeed(feed: EventFeed, keep: (name: EventName) => boolean): EventFeed {
  return {
    subscribe(sink) {
      return feed.subscribe({
        emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
          if (keep(name)) sink.emit(name, payload);
        },
      });
    },
  };
}

/**
 * The staff's stream: every event but the customer display's (which go to a paired display's own
 * stream, display-route.ts). Nothing on the staff's pages listens to them, and a 200-line
 * `display.cart` for every scan would reach the till's page beside the scan's own reply (B13).
 */
export function staffFeed(feed: EventFeed): EventFeed {
  return narrowedFeed(feed, (name) => !isDisplayEvent(name));
}

export const HEARTBEAT_MS = 15_000;
/** A client that stops reading is dropped before its backlog grows past this. */
const BACKLOG_BYTES_MAX = 1024 * 1024;

export function formatEvent(name: string, payload: unknown): string {
  // JSON.stringify without indentation never emits a raw newline, so one `data:` line suffices.
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/** `GET /api/events`: server-sent events from the app's EventHub until the client goes away. */
export function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  feed: EventFeed,
  heartbeatMs: number = HEARTBEAT_MS,
): void {
  setBaseHeaders(res);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
  });
  req.socket.setNoDelay(true);
  req.socket.setTimeout(0);

  let closed = false;
  const write = (text: string): void => {
    if (closed) return;
    if (res.writableLength > BACKLOG_BYTES_MAX) {
      res.destroy();
      return;
    }
    res.write(text);
  };
  const sink: EventSink = {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      write(formatEvent(name, payload));
    },
  };
  const unsubscribe = feed.subscribe(sink);
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  const cleanup = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  // The response closes when the client disconnects (or the server shuts down).
  res.on('close', cleanup);
  // Something to read at once, so the client knows the stream is open.
  write(': connected\n\n');
}
