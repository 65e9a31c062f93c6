import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-db';

const REPO = resolve(import.meta.dirname, '../..');

/** Keeps the benchmark from rotting: the smallest run must finish and report every figure. */
describe('bench --smoke', () => {
  const tmp = tempDir('tillbook-bench-test-');
  afterAll(() => tmp.cleanup());

  it('reports B1..B13 with positive finite numbers', async () => {
    const out = join(tmp.dir, 'bench.json');
    const run = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--smoke', '--json', out], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code, output }));
    });
    expect(run.code, run.output).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json).sort()).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13'].sort());
    for (const [id, entry] of Object.entries(json)) {
      for (const field of ['ours', 'bare', 'ratio']) {
        const value = entry[field];
        expect(typeof value, `${id}.${field}`).toBe('number');
        expect(Number.isFinite(value) && (value as number) > 0, `${id}.${field} = ${String(value)}`).toBe(true);
      }
      expect(typeof entry['unit']).toBe('string');
    }
  }, 300_000); // a Chromium launch (B13) and a sign-in flood (B7) on a loaded machine
});
