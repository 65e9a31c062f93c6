// One configured zod for every schema: see shared/domain/zod.ts.
export { z } from '../domain/zod';
