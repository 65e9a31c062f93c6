import type { ClientError } from '../../api/client';
import { createSessionStore } from '../../lib/session-scope';
import type { Input, Output } from '../../../../shared/ipc/contract';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';

export type CardProgram = Output<'cards.listPrograms'>[number];
export type CardBalance = Output<'cards.balance'>;
export type CardLookupQuery = Input<'cards.lookup'>['query'];

/**
 * Cards & wallets: the card programs, the cards a lookup found, the card open in the panel and
 * its balance. Cards are masked views (last 4 at most); a full number never enters a store.
 * Session-scoped: forgotten on sign-out and lock.
 */
export type CardsState = {
  readonly programs: readonly CardProgram[] | null;
  readonly programsError: ClientError | null;
  readonly found: readonly CardView[] | null;
  readonly searching: boolean;
  readonly lookupError: ClientError | null;
  /** Every card seen this session by id, latest view: panels read their card from here. */
  readonly known: Readonly<Record<string, CardView>>;
  readonly openCardId: string | null;
  readonly balances: Readonly<Record<string, CardBalance>>;
  programsLoaded(programs: readonly CardProgram[]): void;
  programsFailed(error: ClientError): void;
  programAdded(program: CardProgram): void;
  lookupStarted(): void;
  lookupDone(cards: readonly CardView[]): void;
  lookupFailed(error: ClientError): void;
  cardChanged(card: CardView): void;
  /** Cards another screen loaded: kept unless a newer view of them is known already. */
  remember(cards: readonly CardView[]): void;
  balanceLoaded(balance: CardBalance): void;
  openCard(cardId: string | null): void;
};

const withCards = (known: Readonly<Record<string, CardView>>, cards: readonly CardView[]) =>
  ({ ...known, ...Object.fromEntries(cards.map((card) => [card.id, card])) });

export const useCardsStore = createSessionStore<CardsState>('cards.main', (set) => ({
  programs: null,
  programsError: null,
  found: null,
  searching: false,
  lookupError: null,
  known: {},
  openCardId: null,
  balances: {},
  programsLoaded: (programs) => set({ programs: [...programs], programsError: null }),
  programsFailed: (programsError) => set({ programsError }),
  programAdded: (program) => set((prev) => ({ programs: [...(prev.programs ?? []).filter((p) => p.id !== program.id), program] })),
  lookupStarted: () => set({ searching: true, lookupError: null }),
  lookupDone: (cards) => set((prev) => ({
    found: [...cards], searching: false, known: withCards(prev.known, cards), openCardId: cards.length === 1 ? (cards[0]?.id ?? null) : null,
  })),
  lookupFailed: (lookupError) => set({ searching: false, lookupError, found: null }),
  cardChanged: (card) => set((prev) => ({
    known: withCards(prev.known, [card]),
    found: prev.found === null ? null : prev.found.map((c) => (c.id === card.id ? card : c)),
  })),
  remember: (cards) => set((prev) => ({ known: { ...withCards({}, cards), ...prev.known } })),
  balanceLoaded: (balance) => set((prev) => ({ balances: { ...prev.balances, [balance.card.id]: balance } })),
  openCard: (openCardId) => set({ openCardId }),
}));
