import { useState } from 'react';

import type { ClientError } from '../api/client';
import { toClientError } from './error-message';

export type Submission = {
  /** True while a call runs: the submit button shows it and a second submit is ignored. */
  readonly busy: boolean;
  /** The failure of the last call, for the form to show; cleared when the next call starts. */
  readonly error: ClientError | null;
  /** Runs one call of a form; never rejects (a failure becomes `error`). */
  run(send: () => Promise<unknown>): Promise<void>;
};

/** The busy flag and the error of a form that sends one call at a time. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const run = async (send: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
