/**
 * The index of a stop named by its id or by its index, in a list in visiting order (the
 * itinerary's stops, or anything kept in step with them, such as the story's moments).
 * The one id look-up of the layer and its controls.
 *
 * @param owner Who asks, for the error: `'ItineraryLayer'`, `'TimelineControl'`. Without it
 *   nothing is checked: an id no stop has is `-1` (a link naming a stop of another trip, which
 *   the deep link drops), and an index is returned as given.
 * @throws RangeError naming the id or index when there is no such stop, with an `owner`.
 *
 * @example
 * stopIndex(itinerary.stops, 'lingang', 'ItineraryLayer'); // 4
 * stopIndex(itinerary.stops, 9, 'ItineraryLayer'); // RangeError: ItineraryLayer: no stop at index 9
 * stopIndex(itinerary.stops, 'kyoto'); // -1
 */
export function stopIndex(stops: readonly { readonly id: string }[], stop: string | number, owner?: string): number {
  const index = typeof stop === 'number' ? stop : stops.findIndex((s) => s.id === stop);
  if (owner && !(Number.isInteger(index) && index >= 0 && index < stops.length)) {
    throw new RangeError(`${owner}: no stop ${typeof stop === 'number' ? `at index ${stop}` : `with id "${stop}"`}`);
  }
  return index;
}
