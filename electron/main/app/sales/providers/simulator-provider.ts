import type { Clock } from '../../../core/ports';
import type { PaymentProvider, ProviderAnswer, ProviderRequest } from './payment-provider';

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
 * second payment.
 */
export function simulatorProvider(clock: Clock): SimulatorProvider {
  const queue: SimulatorOutcome[] = [];
  const decided = new Map<string, ProviderAnswer & { readonly status: 'approved' | 'declined' }>();
  const reference = (paymentId: string): string => `SIM-${clock.nowMs().toString(36).toUpperCase()}-${paymentId.slice(-12).toUpperCase()}`;
  return {
    name: 'simulator',
    next(outcome) {
      queue.push(outcome);
      return queue.length;
    },
    async request(request: ProviderRequest) {
      const known = decided.get(request.paymentId);
      if (known) return known;
      const outcome = queue.shift() ?? 'approve';
      const answer = outcome === 'decline'
        ? ({ status: 'declined', providerReference: reference(request.paymentId) } as const)
        : ({ status: 'approved', providerReference: reference(request.paymentId) } as const);
      decided.set(request.paymentId, answer);
      return outcome === 'timeout' ? { status: 'unknown' } : answer;
    },
    async lookup(paymentId) {
      return decided.get(paymentId) ?? { status: 'unknown' };
    },
  };
}
