import { tender } from '../../../../shared/domain/tender';
import type { Tender } from '../../../../shared/domain/tender';

export type TenderKind = Tender['kind'];
export type TenderForm = { kind: TenderKind; approvalCode: string; reference: string };
export const emptyTender = (): TenderForm => ({ kind: 'cash', approvalCode: '', reference: '' });

/** The tender the form describes, checked by the shared schema; null when its reference is missing or malformed. */
export function tenderOf(form: TenderForm): Tender | null {
  const candidate =
    form.kind === 'cash'
      ? { kind: 'cash' }
      : form.kind === 'external_card'
        ? { kind: 'external_card', approvalCode: form.approvalCode.trim() }
        : { kind: 'bank_transfer', reference: form.reference.trim() };
  const parsed = tender.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a failed money call surely booked nothing, so the next try may carry a new operation
 * id. An unreachable core or an internal error may have committed before the reply was lost:
 * then the same id must be sent again (main answers the first outcome). Every coded refusal is
 * definite; a fresh id also keeps a ledger decline (recorded under its id) from being repeated
 * after the cause is fixed (a top-up, a new rate).
 */
export function definiteRefusal(code: string): boolean {
  return code !== 'unreachable' && code !== 'internal';
}
