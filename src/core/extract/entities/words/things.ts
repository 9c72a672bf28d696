/** Word lists for names of things that are neither people nor bodies. Lower case. */

import { PLACE_HEADS } from './places.js';

/** Last words of names that are neither people nor bodies: trophies, events, products, places. */
export const THING_HEADS = new Set([
  ...PLACE_HEADS,
  'trophy',
  'award',
  'awards',
  'prize',
  'cup',
  'bowl',
  'medal',
  'championship',
  'championships',
  'tournament',
  'games',
  'festival',
  'war',
  'act',
  'treaty',
  'bill',
  'law',
  'day',
  'week',
  'program',
  'programme',
  'project',
  'mission',
  'plan',
]);
