/**
 * The states of the till's staff session, declared once: the core session, the dispatch gate,
 * the IPC contract (`staff.session`, `system.status`, `session.changed`) and the renderer all
 * name this list.
 */
export const SESSION_STATES = ['signedOut', 'active', 'locked'] as const;
export type SessionState = (typeof SESSION_STATES)[number];
