import type { SessionStaff } from './session';

/** The signed-in staff member making a call: from main-process session state, never from input. */
export type Caller = SessionStaff;
