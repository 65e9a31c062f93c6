import type { ComponentType } from 'react';

import type { Role } from '../../../shared/domain/roles';
import type { IconProps } from '../components/Icons';
import type { SessionStore } from '../lib/session-scope';

/** A section of the signed-in frame: its nav entry and the screen it shows. */
export type FeatureSection = {
  /** i18next key of the nav label (and the screen's name). */
  readonly labelKey: string;
  readonly icon: ComponentType<IconProps>;
  readonly Screen: ComponentType;
  /** The weakest role that sees the section (compared by rank). */
  readonly minRole: Role;
};

/**
 * What a feature folder declares in its `feature.ts`. `registry.ts` lists every manifest once;
 * the nav rail and the frame are built from them. Features that are not a section of the frame
 * (setup, sign-in) leave `section` out.
 */
export type FeatureManifest<Id extends string = string> = {
  readonly id: Id;
  readonly section?: FeatureSection;
  /** Stores made with `createSessionStore`, reset on sign-out and lock. */
  readonly sessionStores: readonly SessionStore[];
};

/** Keeps the literal id of a manifest (for the Section type) while checking its shape. */
export function defineFeature<const Id extends string>(manifest: FeatureManifest<Id>): FeatureManifest<Id> {
  return manifest;
}
