import type { Output } from '../../../../shared/ipc/contract';
import { listCardPrograms } from '../../db/repositories/card-program.repo';
import type { CardPorts } from './card-ports';
import { programView } from './create-program';

export type ListCardPrograms = () => Promise<Output<'cards.listPrograms'>>;

const PROGRAMS_MAX = 1000;

/** Every card program, by name (a shop has a handful; the contract caps the answer). */
export function listPrograms(ports: Pick<CardPorts, 'db'>): ListCardPrograms {
  return async () => (await ports.db.tx.read((tx) => listCardPrograms(tx, PROGRAMS_MAX))).map(programView);
}
