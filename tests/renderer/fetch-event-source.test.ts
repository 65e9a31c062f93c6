// The event stream read with fetch (renderer/src/api/fetch-event-source.ts): EventSource cannot
// send the page secret header, so the renderer parses text/event-stream itself.
import { describe, expect, it } from 'vitest';

import { FetchEventSource, takeLines } from '../../renderer/src/api/fetch-event-source';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('takeLines', () => {
  it('splits on LF, CRLF and CR, keeping an unfinished line and a trailing CR for later', () => {
    expect(takeLines('a\nb\r\nc\rd')).toEqual({ lines: ['a', 'b', 'c'], rest: 'd' });
    expect(takeLines('a\r')).toEqual({ lines: [], rest: 'a\r' });
    expect(takeLines('a\r\n')).toEqual({ lines: ['a'], rest: '' });
  });
});

describe('FetchEventSource', () => {
  it('GETs with the headers and delivers named events split across chunks, skipping comments', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetchFn = async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(streamOf([': connected\n\nevent: ledger.changed\nda', 'ta: {"headSeq":7}\n\n', 'event: session.locked\r\ndata: {"reason":"idle"}\r\n\r\n']), {
        headers: { 'content-type': 'text/event-stream' },
      });
    };
    const source = new FetchEventSource(fetchFn, '/api/events', { 'x-tillbook-page': 's' });
    const got: [string, unknown][] = [];
    source.addEventListener('ledger.changed', (e) => got.push(['ledger.changed', e.data]));
    source.addEventListener('session.locked', (e) => got.push(['session.locked', e.data]));
    await settle();
    source.close();
    expect(requests[0]?.url).toBe('/api/events');
    expect(requests[0]?.init).toMatchObject({ method: 'GET', credentials: 'same-origin', headers: { accept: 'text/event-stream', 'x-tillbook-page': 's' } });
    expect(got).toEqual([
      ['ledger.changed', '{"headSeq":7}'],
      ['session.locked', '{"reason":"idle"}'],
    ]);
  });

  it('does not retry a refused stream (401)', async () => {
    let calls = 0;
    const source = new FetchEventSource(async () => {
      calls += 1;
      return new Response('', { status: 401 });
    }, '/api/events', {});
    await settle();
    source.close();
    expect(calls).toBe(1);
  });

  it('stops delivering after close', async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await gate;
        controller.enqueue(encoder.encode('event: ledger.changed\ndata: 1\n\n'));
        controller.close();
      },
    });
    const source = new FetchEventSource(async () => new Response(body), '/api/events', {});
    const got: unknown[] = [];
    source.addEventListener('ledger.changed', (e) => got.push(e.data));
    source.close();
    release?.();
    await settle();
    expect(got).toEqual([]);
  });
});
