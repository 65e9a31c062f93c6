import { SqlConnection } from '../../electron/main/db/driver';
import { fmt, table } from './stats';

type Stat = { calls: number; ms: number };
const METHODS = ['run', 'get', 'all', 'exec', 'runOnce', 'getOnce', 'allOnce'] as const;

/** Long multi-row statements collapse to one key: `VALUES (?, …) × n`, `SELECT ? … UNION ALL …`. */
function keyOf(method: string, sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim()
    .replace(/VALUES (\([?, ]+\))(, \([?, ]+\))+/, 'VALUES (…)×n')
    .replace(/SELECT \? AS id.*UNION ALL.*?\)/, 'SELECT ?… UNION ALL …)')
    .replace(/IN \([?, ]+\)/g, 'IN (…)');
  return `${method.padEnd(7)} ${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}`;
}

/**
 * Times every driver call made through `SqlConnection` (our db layer's only path to SQLite) while
 * a job runs. Jobs in our queue await each statement, so the sum is the time spent in the driver
 * (thread-pool hop + SQLite + fsync); the rest of the wall time is JavaScript and queueing.
 * Installed only for profiling runs, never for the measured repetitions.
 */
export class StatementProfile {
  private readonly stats = new Map<string, Stat>();

  async during(job: () => Promise<void>): Promise<number> {
    const proto = SqlConnection.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const originals = new Map(METHODS.map((m) => [m, proto[m] as (...args: unknown[]) => Promise<unknown>]));
    const stats = this.stats;
    for (const [method, original] of originals) {
      proto[method] = function patched(this: unknown, ...args: unknown[]) {
        const start = performance.now();
        const key = keyOf(method, String(args[0]));
        return original.apply(this, args).finally(() => {
          const stat = stats.get(key) ?? { calls: 0, ms: 0 };
          stat.calls += 1;
          stat.ms += performance.now() - start;
          stats.set(key, stat);
        });
      };
    }
    const start = performance.now();
    try {
      await job();
    } finally {
      for (const [method, original] of originals) proto[method] = original;
    }
    return performance.now() - start;
  }

  report(title: string, wallMs: number, operations: number): string {
    const rows = [...this.stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
    const inDriver = rows.reduce((sum, [, s]) => sum + s.ms, 0);
    const calls = rows.reduce((n, [, s]) => n + s.calls, 0);
    const perOp = (ms: number) => `${fmt((ms * 1000) / operations)} µs`;
    const share = (ms: number) => `${fmt((100 * ms) / wallMs)}%`;
    const body = rows.map(([key, s]) => [key, String(s.calls), perOp(s.ms), fmt((s.ms * 1000) / s.calls), share(s.ms)]);
    body.push(['(all driver calls)', String(calls), perOp(inDriver), fmt((inDriver * 1000) / calls), share(inDriver)]);
    body.push(['(JavaScript, queue: wall time outside the driver)', '', perOp(wallMs - inDriver), '', share(wallMs - inDriver)]);
    return `${title}: ${perOp(wallMs)} per operation, ${operations} operations\n${table(['statement', 'calls', 'time/op', 'µs/call', 'share'], body)}`;
  }
}
