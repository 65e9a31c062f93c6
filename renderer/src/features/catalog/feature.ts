import { defineFeature } from '../feature';
import { useCatalogStore } from './catalog.store';
import { CatalogScreen } from './CatalogScreen';
import { IconBox } from './IconBox';

/** The catalog: managers and owners list, add and edit products, and import or export them as CSV. */
export const catalogFeature = defineFeature({
  id: 'catalog',
  section: { labelKey: 'catalog:nav', icon: IconBox, Screen: CatalogScreen, minRole: 'manager' },
  sessionStores: [useCatalogStore],
});
