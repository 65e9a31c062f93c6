import { z } from 'zod';

// zod v4 probes `new Function` for its JIT unless told not to; under our CSP (no 'unsafe-eval')
// that probe fires a securitypolicyviolation on every page. Every schema imports z from here
// (or from shared/ipc/zod.ts, which re-exports this one).
z.config({ jitless: true });

export { z };
