import type { Input, MethodKey } from '../../../shared/ipc/contract';

/** At least one valid input per method: `samples[key][0]` always exists. */
export type Samples<K extends MethodKey> = readonly [Input<K>, ...Input<K>[]];

/** Valid inputs for every method of one contract domain (`C` is e.g. `typeof staffContract`). */
export type DomainSamples<C> = { readonly [K in keyof C & MethodKey]: Samples<K> };

/** Ids the fixture creates at run time, for samples that must name a real row. */
export type SampleIds = { readonly cashierId: string };

/** The staff the fixtures create next to the owner (tests/support/test-app.ts: OWNER). */
export const MANAGER = { staffCode: 'mgr1', secret: '135792' } as const;
export const CASHIER = { staffCode: 'cash1', secret: '975310' } as const;

/** A UUIDv7 that names nobody. */
export const NOBODY_ID = '01890000-0000-7000-8000-000000000000';
