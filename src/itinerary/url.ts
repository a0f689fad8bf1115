/** STUB (owned by the itinerary helper): true for `http:`, `https:`, `mailto:` and relative URLs. */
export function isSafeUrl(_url: string): boolean {
  throw new Error('not implemented');
}
