import type { Output } from '../../../../shared/ipc/contract';
import type { Database } from '../../db/connection';
import { listStaff as listRows } from '../../db/repositories/staff.repo';
import { staffView } from './staff-view';

export type ListStaff = () => Promise<Output<'staff.list'>>;

export function listStaff(ports: { readonly db: Database }): ListStaff {
  return async () => (await ports.db.tx.read(listRows)).map(staffView);
}
