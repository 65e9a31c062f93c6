// The web host logs through the one redacting logger (electron/main/sys/logger.ts), as the
// Electron shell does: before sys/ existed the redactor lived in platform/, which the host may
// not import, and the host wrote detail fields as they came.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_KDF } from '../../electron/main/db/passphrase-key-wrap';
import { REDACTED, redactingLogger, stderrLogger } from '../../electron/main/sys/logger';
import { openHostApp, type HostApp } from '../../electron/host/open-app';

const HEX_KEY = 'ab'.repeat(32);
const CARD = '4111111111111111';

describe('the redacting logger', () => {
  const written: string[] = [];
  const log = redactingLogger((line) => written.push(line), () => 42);

  it('writes one JSON line per call and redacts secrets by field name and by value', () => {
    log.error(`unlock failed for ${HEX_KEY}`, {
      pin: '2468',
      PIN: '1357',
      staffSecret: 'hunter2 hunter2',
      dbKey: 'anything',
      passphrase: 'correct horse battery staple',
      token: 'abc',
      detail: `card ${CARD} seen`,
      method: 'staff.signIn',
      attempts: 3,
    });
    expect(written).toHaveLength(1);
    const line = written[0] ?? '';
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim()).not.toContain('\n');
    expect(JSON.parse(line)).toStrictEqual({
      level: 'error',
      atMs: 42,
      message: `unlock failed for ${REDACTED}`,
      pin: REDACTED,
      PIN: REDACTED,
      staffSecret: REDACTED,
      dbKey: REDACTED,
      passphrase: REDACTED,
      token: REDACTED,
      detail: `card ${REDACTED} seen`,
      method: 'staff.signIn',
      attempts: 3,
    });
    for (const secret of ['2468', '1357', 'hunter2', 'correct horse', HEX_KEY, CARD]) expect(line).not.toContain(secret);
  });

  it('keeps digit runs that hold no card number (ids, counts, times)', () => {
    written.length = 0;
    log.error('ok', { seq: '4111111111111113', small: '12345', atMs: '1767225600000' });
    expect(JSON.parse(written[0] ?? '{}')).toMatchObject({ seq: '4111111111111113', small: '12345', atMs: '1767225600000' });
  });

  it('redacts a card number glued to other digits (a reference, a time)', () => {
    written.length = 0;
    log.error(`ref 99${CARD}7 failed`, { ref: `2026${CARD}` });
    const line = written[0] ?? '';
    expect(line).not.toContain(CARD);
    expect(JSON.parse(line)).toMatchObject({ message: `ref ${REDACTED} failed`, ref: REDACTED });
  });
});

describe('the web host app logs through it', () => {
  let dir: string;
  let host: HostApp;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tillbook-host-log-'));
    const opened = await openHostApp({
      dataDir: join(dir, 'data'),
      passphrase: 'correct horse battery staple',
      kdf: { ...PRODUCTION_KDF, N: 1024 },
      appVersion: '0.0.0-test',
      secretHashCost: { N: 1024 },
      logSink: (line) => lines.push(line),
    });
    if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
    host = opened.value;
  });

  afterAll(async () => {
    await host?.app.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a logged detail with a PIN or secret field reaches the sink redacted', () => {
    lines.length = 0;
    host.log.error('sign-in failed', { staffCode: 'owner', pin: '246813', secret: 'the owner secret', error: `key ${HEX_KEY}` });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      message: 'sign-in failed',
      staffCode: 'owner',
      pin: REDACTED,
      secret: REDACTED,
      error: `key ${REDACTED}`,
    });
    expect(lines[0]).not.toContain('246813');
    expect(lines[0]).not.toContain(HEX_KEY);
  });

  it("the app's own failures (a handler that throws) are written through the same sink", async () => {
    lines.length = 0;
    await host.app.close();
    const reply = await host.app.dispatch('system.status', {}, 'http');
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines.map((line) => (JSON.parse(line) as { message: string }).message)).toContain('handler failed');
  });

  it('without a sink, the host writes to stderr through the same redacting logger', async () => {
    const other = await openHostApp({
      dataDir: join(dir, 'data'),
      passphrase: 'correct horse battery staple',
      kdf: { ...PRODUCTION_KDF, N: 1024 },
      appVersion: '0.0.0-test',
    });
    if (!other.ok) throw new Error(`${other.error.code}: ${other.error.message}`);
    expect(other.value.log).toBe(stderrLogger);
    await other.value.app.close();
  });
});
