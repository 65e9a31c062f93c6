/**
 * Server-sent events read with `fetch`, because `EventSource` cannot send a header and the web
 * host authorises the stream like every API call: the cookie *and* the page secret header
 * (docs/security.md §4). Never put the secret in the URL instead. Parses the `text/event-stream`
 * format (event/data fields, comments, CR/LF line ends) and reconnects after a dropped stream,
 * as EventSource would; a refused stream (401, 403) is not retried.
 */

type Listener = (event: MessageEvent<unknown>) => void;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/** Splits a growing buffer into complete lines; returns the lines and the unfinished rest. */
export function takeLines(buffer: string): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i += 1) {
    const c = buffer[i];
    if (c !== '\n' && c !== '\r') continue;
    // A CR at the very end may be the first half of CRLF: wait for the next chunk.
    if (c === '\r' && i === buffer.length - 1) break;
    lines.push(buffer.slice(start, i));
    if (c === '\r' && buffer[i + 1] === '\n') i += 1;
    start = i + 1;
  }
  return { lines, rest: buffer.slice(start) };
}

export class FetchEventSource {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly abort = new AbortController();
  private closed = false;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly fetchFn: FetchLike,
    private readonly url: string,
    private readonly headers: Readonly<Record<string, string>>,
  ) {
    void this.connect();
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(listener);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.abort.abort();
  }

  private async connect(): Promise<void> {
    let response: Response;
    try {
      response = await this.fetchFn(this.url, {
        method: 'GET',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { accept: 'text/event-stream', ...this.headers },
        signal: this.abort.signal,
      });
    } catch {
      this.retry();
      return;
    }
    if (response.status === 401 || response.status === 403) return;
    if (!response.ok || response.body === null) {
      this.retry();
      return;
    }
    this.retryMs = RETRY_FIRST_MS;
    try {
      await this.read(response.body);
    } catch {
      // a dropped connection: reconnect below
    }
    this.retry();
  }

  private retry(): void {
    if (this.closed) return;
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let eventName = '';
    let data: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done || this.closed) return;
      const taken = takeLines(buffer + decoder.decode(value, { stream: true }));
      buffer = taken.rest;
      for (const line of taken.lines) {
        if (line === '') {
          if (data.length > 0) this.dispatch(eventName === '' ? 'message' : eventName, data.join('\n'));
          eventName = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue; // a comment (heartbeat)
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') eventName = value;
        else if (field === 'data') data.push(value);
      }
    }
  }

  private dispatch(type: string, data: string): void {
    if (this.closed) return;
    const event = { type, data } as unknown as MessageEvent<unknown>;
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }
}
