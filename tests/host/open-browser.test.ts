// `npm run serve -- --open`: the platform's opener, detached; a failure is reported, never fatal.
import { EventEmitter } from 'node:events';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserCommand, openInBrowser } from '../../electron/host/open-browser';

const URL_ = 'http://127.0.0.1:4321/?launch=abc_DEF-123';

function fakeSpawn(behaviour: 'ok' | 'error' | 'exit1' | 'throw') {
  const spawned: { command: string; args: readonly string[]; options: SpawnOptions }[] = [];
  let unrefs = 0;
  const spawn = (command: string, args: readonly string[], options: SpawnOptions): ChildProcess => {
    if (behaviour === 'throw') throw new Error('spawn EACCES');
    spawned.push({ command, args, options });
    const child = Object.assign(new EventEmitter(), { unref: () => void (unrefs += 1) });
    queueMicrotask(() => {
      if (behaviour === 'error') child.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
      if (behaviour === 'exit1') child.emit('exit', 1);
      if (behaviour === 'ok') child.emit('exit', 0);
    });
    return child as unknown as ChildProcess;
  };
  const written: string[] = [];
  const stderr = { write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream;
  return { spawn, spawned, written, stderr, unrefs: () => unrefs };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('browserCommand', () => {
  it('xdg-open on Linux, open on macOS, start through cmd on Windows', () => {
    expect(browserCommand('linux', URL_)).toStrictEqual({ command: 'xdg-open', args: [URL_], verbatim: false });
    expect(browserCommand('darwin', URL_)).toStrictEqual({ command: 'open', args: [URL_], verbatim: false });
    expect(browserCommand('win32', URL_)).toStrictEqual({ command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" ${URL_}"`], verbatim: true });
  });
});

describe('openInBrowser', () => {
  it('spawns the opener detached, ignoring its output, and lets it go', async () => {
    const fake = fakeSpawn('ok');
    openInBrowser(URL_, { platform: 'linux', spawn: fake.spawn, stderr: fake.stderr });
    await tick();
    expect(fake.spawned).toHaveLength(1);
    expect(fake.spawned[0]?.options).toMatchObject({ detached: true, stdio: 'ignore' });
    expect(fake.unrefs()).toBe(1);
    expect(fake.written).toEqual([]);
  });

  it('reports a missing opener, a failing one, or a throwing spawn on stderr, without throwing', async () => {
    for (const behaviour of ['error', 'exit1', 'throw'] as const) {
      const fake = fakeSpawn(behaviour);
      expect(() => openInBrowser(URL_, { platform: 'linux', spawn: fake.spawn, stderr: fake.stderr })).not.toThrow();
      await tick();
      expect(fake.written, behaviour).toHaveLength(1);
      expect(fake.written[0]).toMatch(/^tillbook serve: could not open a browser \(.+\); open the link above yourself\n$/);
    }
  });

  it('hands nothing but a launch link to the opener', async () => {
    const fake = fakeSpawn('ok');
    openInBrowser('http://127.0.0.1:1/?launch=a&calc.exe', { platform: 'win32', spawn: fake.spawn, stderr: fake.stderr });
    await tick();
    expect(fake.spawned).toEqual([]);
    expect(fake.written).toHaveLength(1);
  });
});
