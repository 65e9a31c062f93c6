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

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/**
 * Samples the main thread with the V8 profiler (node:inspector) while `job` runs and returns the
 * functions with the most self time. Synchronous native work (binding 16,000 parameters, turning
 * result rows into objects) is charged to the JavaScript frame that called into the driver;
 * "(idle)" is the main thread waiting for the SQLite thread pool.
 */
export async function cpuProfile(title: string, job: () => Promise<void>, top = 14): Promise<string> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await job();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      const file = frame?.url.split('/').pop() ?? '';
      const key = `${frame?.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
      const dt = profile.timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
    const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([key, us]) => [key, `${fmt(us / 1000)} ms`, `${fmt((100 * us) / total)}%`]);
    return `${title} (V8 samples, self time, top ${top} of ${fmt(total / 1000)} ms):\n${table(['function', 'self', 'share'], rows)}`;
  } finally {
    session.disconnect();
  }
}
