import { newId } from '../../../../shared/domain/ids';
import { err, ok } from '../../../../shared/domain/result';
import { META_KEYS, readMetaIn, writeMetaIn } from '../../db/repositories/meta.repo';
import type { AppContext } from './app-context';
import type { Handler } from './handler-types';
import { currentSettings } from './settings.handlers';
import { secretProblem } from './staff-view';
import { isSetupDone } from './system.handlers';

class SetupAlreadyDone extends Error {}

/**
 * First run: the merchant's ledger, the owner and the merchant facts in the database; terminal
 * preferences in the settings store. A second call, even a concurrent one, is refused.
 */
export function setupHandlers(app: AppContext): { 'setup.complete': Handler<'setup.complete'> } {
  // One setup at a time: the ledger is created before the transaction that marks setup done, so
  // without this a refused second call (another currency) would still leave a ledger behind.
  let queue: Promise<unknown> = Promise.resolve();
  const complete: Handler<'setup.complete'> = async (input, ctx) => {
    if (await isSetupDone(app)) return err('setup_already_done', 'setup is already done');
    const problem = secretProblem(input.owner.secretKind, input.owner.secret);
    if (problem) return err('invalid_input', `owner.secret: ${problem}`);
    const ownerId = newId();
    const actor = { staffId: ownerId, terminalId: app.ledger.terminalId };
    const ledger = await app.ledger.store.createLedger(input.currency, actor);
    if (!ledger.ok) return ledger;
    const secret = await app.hasher.hash(ownerId, input.owner.secret);
    const nowMs = app.clock.nowMs();
    try {
      const created = await app.staff.create(
        { id: ownerId, staffCode: input.owner.staffCode, displayName: input.owner.displayName, role: 'owner', secretKind: input.owner.secretKind, secret },
        { kind: 'audit.setup', staffId: ownerId, subject: input.merchantName, detail: input.currency, origin: ctx.transport },
        async (tx) => {
          if (await readMetaIn(tx, META_KEYS.setupDoneAtMs)) throw new SetupAlreadyDone();
          await writeMetaIn(tx, META_KEYS.merchantName, input.merchantName);
          await writeMetaIn(tx, META_KEYS.currency, input.currency);
          await writeMetaIn(tx, META_KEYS.setupDoneAtMs, String(nowMs));
        },
      );
      if (created === 'code_taken') return err('setup_already_done', 'setup is already done');
    } catch (error) {
      if (error instanceof SetupAlreadyDone) return err('setup_already_done', 'setup is already done');
      throw error;
    }
    app.settings.write({
      ...currentSettings(app.settings),
      merchantName: input.merchantName,
      terminalName: input.terminalName,
      currency: input.currency,
      locale: input.locale,
    });
    return ok({ ownerId });
  };
  return {
    'setup.complete': (input, ctx) => {
      const run = queue.then(() => complete(input, ctx));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
