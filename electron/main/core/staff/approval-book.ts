import type { Clock } from '../ports';

export const APPROVAL_TTL_MS = 60_000;

export type Approval = {
  readonly approvalId: string;
  readonly action: string;
  readonly subject: string;
  readonly approverId: string;
  readonly requesterId: string;
  readonly expiresAtMs: number;
};

/**
 * Manager approvals: one-shot grants held in main, bound to one exact action and subject and to
 * the staff member who asked, valid for 60 s and no longer than the requester's session. A
 * forged, replayed, expired or re-targeted grant is refused.
 */
export class ApprovalBook {
  private readonly open = new Map<string, Approval>();

  constructor(private readonly clock: Clock, private readonly newId: () => string) {}

  grant(request: Omit<Approval, 'approvalId' | 'expiresAtMs'>): Approval {
    this.sweep();
    const approval: Approval = {
      ...request,
      approvalId: this.newId(),
      expiresAtMs: this.clock.nowMs() + APPROVAL_TTL_MS,
    };
    this.open.set(approval.approvalId, approval);
    return approval;
  }

  /** Returns the approval once if it matches exactly; it is gone afterwards either way. */
  consume(approvalId: string, action: string, subject: string, requesterId: string): Approval | undefined {
    const approval = this.open.get(approvalId);
    this.open.delete(approvalId);
    if (!approval) return undefined;
    const matches = approval.action === action && approval.subject === subject &&
      approval.requesterId === requesterId && this.clock.nowMs() < approval.expiresAtMs;
    return matches ? approval : undefined;
  }

  /**
   * Drops every open grant. Called whenever the terminal's session ends or locks (sign-out, a
   * lock, the idle lock, another sign-in): a grant belongs to the session that asked for it.
   */
  revokeAll(): void {
    this.open.clear();
  }

  /** Open grants, for tests and diagnostics. */
  size(): number {
    this.sweep();
    return this.open.size;
  }

  private sweep(): void {
    const now = this.clock.nowMs();
    for (const [id, approval] of this.open) if (approval.expiresAtMs <= now) this.open.delete(id);
  }
}
