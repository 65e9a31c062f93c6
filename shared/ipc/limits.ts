export { AMOUNT_MINOR_MAX } from '../domain/limits';

/** HTTP body cap (docs/security.md §3), checked on Content-Length and on the counted body. */
export const PAYLOAD_BYTES_MAX = 64 * 1024;
/** The bounded walk that runs before zod on IPC input (structured clone has no byte count). */
export const PAYLOAD_DEPTH_MAX = 8;
export const PAYLOAD_NODES_MAX = 10_000;
export const PAYLOAD_STRING_CHARS_MAX = 64 * 1024;

export const NAME_CHARS_MAX = 120;
export const NOTE_CHARS_MAX = 500;
export const TOKEN_CHARS_MAX = 64;
export const STAFF_CODE_CHARS_MAX = 16;
export const PIN_DIGITS_MIN = 4;
export const PIN_DIGITS_MAX = 12;
export const PASSWORD_CHARS_MIN = 12;
export const PASSWORD_CHARS_MAX = 128;
export const URL_CHARS_MAX = 2048;
