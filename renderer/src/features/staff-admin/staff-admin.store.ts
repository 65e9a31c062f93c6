import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Output } from '../../../../shared/ipc/contract';

export type StaffMember = Output<'staff.list'>[number];

/** What the Staff screen last did, for the status line (the name is the member's). */
export type StaffNotice = { readonly kind: 'created' | 'disabled' | 'enabled' | 'reset' | 'role'; readonly member: StaffMember };

/**
 * The staff list a manager or owner fetched (`staff.list`), and the last change they made.
 * Session-scoped: a sign-out or lock forgets who works here.
 */
export type StaffAdminState = {
  /** null until staff.list answered. */
  readonly staff: readonly StaffMember[] | null;
  readonly loading: boolean;
  readonly error: ClientError | null;
  readonly notice: StaffNotice | null;
  start(): void;
  succeed(staff: readonly StaffMember[]): void;
  fail(error: ClientError): void;
  /** A member as main returned it after a change: replaces the old row, or is added (name order). */
  changed(notice: StaffNotice): void;
  clearNotice(): void;
};

const byName = (a: StaffMember, b: StaffMember): number => a.displayName.localeCompare(b.displayName);

export const useStaffAdminStore = createSessionStore<StaffAdminState>('staff-admin.list', (set) => ({
  staff: null,
  loading: false,
  error: null,
  notice: null,
  start: () => set({ loading: true, error: null }),
  succeed: (staff) => set({ staff: [...staff], loading: false, error: null }),
  fail: (error) => set({ loading: false, error }),
  changed: (notice) =>
    set((prev) => {
      const others = (prev.staff ?? []).filter((member) => member.id !== notice.member.id);
      return { staff: [...others, notice.member].sort(byName), notice };
    }),
  clearNotice: () => set({ notice: null }),
}));
