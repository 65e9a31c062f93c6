import type { Result } from '../../../../shared/domain/result';
import type { Input, MethodKey, Output } from '../../../../shared/ipc/contract';

/**
 * How the demo seeding reaches the use cases: one contract call, answered by the same dispatch
 * a till's screen uses (validation, session and role checks, audit), so a demo shop is made of
 * exactly the records a real one is. The host binds it to its dispatch.
 */
export type DemoCall = <K extends MethodKey>(key: K, input: Input<K>) => Promise<Result<Output<K>>>;

/** A failed step of the seeding, with the call and its error code. */
export class DemoSeedError extends Error {
  constructor(
    readonly key: string,
    readonly code: string,
    message: string,
  ) {
    super(`${key}: ${code} ${message}`);
  }
}
