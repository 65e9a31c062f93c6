import { create } from 'zustand';

/** The sections that exist today; others are added here when they are built. */
export const SECTIONS = ['health', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type NavState = {
  readonly section: Section;
  go(section: Section): void;
};

export const useNavStore = create<NavState>()((set) => ({
  section: 'health',
  go: (section) => set({ section }),
}));
