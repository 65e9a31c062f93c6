import type { Role } from '../../../../shared/domain/roles';

export type DemoStaff = { readonly role: Role; readonly displayName: string; readonly staffCode: string; readonly secret: string };

const PEOPLE: readonly { role: Role; displayName: string; staffCode: string }[] = [
  { role: 'owner', displayName: 'Olivia Owner', staffCode: 'owner' },
  { role: 'manager', displayName: 'Mei Manager', staffCode: 'mei' },
  { role: 'cashier', displayName: 'Chen Cashier', staffCode: 'chen' },
  { role: 'cashier', displayName: 'Sam Cashier', staffCode: 'sam' },
];

/** Six digits without a run or a repeat the PIN rules would refuse (0, 1, 2 … or all the same). */
function pinFrom(random: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 6 }, () => Math.floor(random() * 10));
    const steps = digits.slice(1).map((d, i) => d - (digits[i] ?? 0));
    const run = steps.every((s) => s === steps[0]);
    if (!run && new Set(digits).size >= 4) return digits.join('');
  }
}

/** The demo staff, one of each role and a second cashier, with PINs from the seeded PRNG. */
export function demoStaff(random: () => number): DemoStaff[] {
  return PEOPLE.map((person) => ({ ...person, secret: pinFrom(random) }));
}
