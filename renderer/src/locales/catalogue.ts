/**
 * The shape every other locale must match, derived from the English catalogue: same keys, every
 * leaf a string. A missing or extra key in a translation is a compile error.
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
};
