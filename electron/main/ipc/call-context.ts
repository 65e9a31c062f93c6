import type { Role } from '../../../shared/domain/roles';

/** The signed-in staff member, from main-process session state; never from renderer input. */
export type Caller = { readonly staffId: string; readonly role: Role; readonly displayName: string };

export type Transport = 'ipc' | 'http';

export type CallContext = {
  readonly caller: Caller | null;
  readonly transport: Transport;
  readonly correlationId: string;
};
