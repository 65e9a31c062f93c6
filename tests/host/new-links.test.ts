// A newcomer who closed the tab needs a new one-time link: Enter in the serve terminal prints one.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { offerNewLinks } from '../../electron/host/new-links';

function io(isTTY: boolean) {
  const stdin = Object.assign(new PassThrough(), { isTTY });
  const out: string[] = [];
  const err: string[] = [];
  const writer = (sink: string[]) => ({ write: (text: string) => sink.push(text) }) as unknown as NodeJS.WritableStream;
  return { stdin, out, err, io: { stdin, stdout: writer(out), stderr: writer(err) } };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('offerNewLinks', () => {
  it('on a terminal, prints a new launch link on stdout for each Enter, until stopped', async () => {
    const t = io(true);
    let n = 0;
    const stop = offerNewLinks(() => `http://127.0.0.1:1/?launch=link${(n += 1)}`, t.io);
    expect(stop).toBeTypeOf('function');
    expect(t.err.join('')).toContain('Press Enter here for a new one');
    t.stdin.write('\n');
    t.stdin.write('\n');
    await tick();
    expect(t.out).toEqual(['Launch link: http://127.0.0.1:1/?launch=link1\n', 'Launch link: http://127.0.0.1:1/?launch=link2\n']);
    stop?.();
    t.stdin.write('\n');
    await tick();
    expect(t.out).toHaveLength(2);
  });

  it('without a terminal, does nothing', () => {
    const t = io(false);
    expect(offerNewLinks(() => 'x', t.io)).toBeUndefined();
    expect(t.err).toEqual([]);
  });
});
