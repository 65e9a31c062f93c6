import type { Caller } from '../core/staff/caller';

export type { Caller };

export type Transport = 'ipc' | 'http';

export type CallContext = {
  readonly caller: Caller | null;
  readonly transport: Transport;
  readonly correlationId: string;
};
