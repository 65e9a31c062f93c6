import type { Input, MethodKey, Output } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/domain/result';
import type { CallContext } from '../call-context';

export type Handler<K extends MethodKey> = (input: Input<K>, ctx: CallContext) => Promise<Result<Output<K>>>;

/** A mapped type over every contract key: a contract entry without a handler does not compile. */
export type Handlers = { readonly [K in MethodKey]: Handler<K> };
