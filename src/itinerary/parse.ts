import type { Issue, Itinerary } from './types';

/** Thrown by {@link parseItinerary}: `issues` lists every problem found, each with its path. */
export class ItineraryError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ItineraryError';
    this.issues = issues;
  }
}

/** STUB (owned by the itinerary helper): validates and normalises, returning every issue. */
export function validateItinerary(_input: unknown): Issue[] {
  throw new Error('not implemented');
}

/** STUB (owned by the itinerary helper). */
export function parseItinerary(_input: unknown): Itinerary {
  throw new Error('not implemented');
}
