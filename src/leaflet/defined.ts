/**
 * The one helper that drops the options given as `undefined`, so that each keeps its default.
 * It imports nothing: `visitmap/basemap` uses it too without carrying the layer or the core.
 */

/**
 * The fields of `options` that are not `undefined` (none for `undefined`): given as `undefined`, an option keeps its default.
 *
 * @example
 * ({ ...{ pane: 'tilePane' }, ...defined({ pane: undefined }) }); // { pane: 'tilePane' }
 */
export function defined<T extends object>(options: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}
