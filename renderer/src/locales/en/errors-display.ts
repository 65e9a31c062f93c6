/** One message per error code of the customer-display domain: what happened, then what to do. */
export const displayErrors = {
  display_code_invalid: 'That display code is wrong, used or expired. Ask the till for a new code and type it within two minutes.',
} as const;
