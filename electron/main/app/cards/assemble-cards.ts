import type { DomainPorts } from '../domain-ports';

/** The bound use cases of the cards domain. */
export type CardUseCases = Record<never, never>;

export function assembleCardUseCases(_ports: DomainPorts): CardUseCases {
  return {};
}
