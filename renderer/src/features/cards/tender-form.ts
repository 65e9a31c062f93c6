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
