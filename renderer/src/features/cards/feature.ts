import { IconCard } from '../../components/DomainIcons';
import { defineFeature } from '../feature';
import { useCardsStore } from './cards.store';
import { CardsScreen } from './CardsScreen';

/** Cards & wallets: card lookup and actions for every signed-in staff member; programs for managers. */
export const cardsFeature = defineFeature({
  id: 'cards',
  section: { labelKey: 'cards:nav', icon: IconCard, Screen: CardsScreen, minRole: 'cashier' },
  sessionStores: [useCardsStore],
});
