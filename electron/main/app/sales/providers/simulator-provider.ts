import type { Clock } from '../../../core/ports';
import { processSimulatorMemory, type SimulatorDecision, type SimulatorMemory } from '../../../sys/simulator-memory';
import type { PaymentProvider, ProviderRequest } from './payment-provider';

export type SimulatorOutcome = 'approve' | 'decline' | 'timeout';

export type SimulatorProvider = PaymentProvider & {
  /** Queues what the next new request gets; a request finding the queue empty is approved. */
  next(outcome: SimulatorOutcome): number;
};

/**
 * The local simulator provider, for tests and demo mode; no network. Deterministic: the outcome
 * of each new payment id is the next queued command, its reference is derived from the payment
 * id and the injectable clock. A timeout answers `unknown` to the request while the simulated
 * provider did take the payment (the worst case a till must survive): `lookup` then answers
 * approved, and a repeated request of the same id answers what the provider decided, never a
 * second payment. Decisions are kept in `memory` (the data dir's file in the app) before the
 * answer goes out, so a lookup after the till restarted still finds them.
 */
export function simulatorProvider(clock: Clock, memory: SimulatorMemory = processSimulatorMemory()): SimulatorProvider {
  const queue: SimulatorOutcome[] = [];
  let loaded: Promise<Map<string, SimulatorDecision>> | null = null;
  const decisions = (): Promise<Map<string, SimulatorDecision>> => {
    loaded ??= memory.load().catch((error: unknown) => {
      loaded = null; // an unreadable file is asked again next time, never overwritten
      throw error;
    });
    return loaded;
  };
  const reference = (paymentId: string): string => `SIM-${clock.nowMs().toString(36).toUpperCase()}-${paymentId.slice(-12).toUpperCase()}`;
  return {
    name: 'simulator',
    next(outcome) {
      queue.push(outcome);
      return queue.length;
    },
    async request(request: ProviderRequest) {
      const decided = await decisions();
      const known = decided.get(request.paymentId);
      if (known) return known;
      const outcome = queue.shift() ?? 'approve';
      const answer: SimulatorDecision = outcome === 'decline'
        ? { status: 'declined', providerReference: reference(request.paymentId) }
        : { status: 'approved', providerReference: reference(request.paymentId) };
      decided.set(request.paymentId, answer);
      await memory.save(decided);
      return outcome === 'timeout' ? { status: 'unknown' } : answer;
    },
    async lookup(paymentId) {
      return (await decisions()).get(paymentId) ?? { status: 'unknown' };
    },
  };
}
