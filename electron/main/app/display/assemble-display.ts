import type { DomainPorts } from '../domain-ports';
import { displayPairing, type DisplayPairing } from './pairing-codes';

/** The bound use cases of the customer-display domain. */
export type DisplayUseCases = { readonly pairing: DisplayPairing };

export function assembleDisplayUseCases(ports: Pick<DomainPorts, 'clock' | 'random' | 'audit'>): DisplayUseCases {
  return { pairing: displayPairing({ clock: ports.clock, random: ports.random, audit: ports.audit }) };
}
