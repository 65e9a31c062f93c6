import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';

describe('migrations', () => {
  it('are listed in strictly increasing version order, across the per-domain lists', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
