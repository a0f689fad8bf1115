// The basemap's light and dark colours, and the reader's setting that the `'auto'` theme follows.

/**
 * The colours a basemap layer draws in: `'light'` (the default), `'dark'`, or `'auto'`, dark while
 * the reader's system asks for it (`prefers-color-scheme: dark`), following a change at once.
 * Colours given as options win over the theme's.
 */
export type BasemapTheme = 'light' | 'dark' | 'auto';

/** The setting `'auto'` follows; none without `matchMedia` (Node, jsdom): light. */
function darkScheme(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
}

/** The colours to draw in now: `theme`'s palette (`[light, dark]`), with each colour `options` sets in its place. */
export function themeColours<T extends object>(theme: BasemapTheme | undefined, palettes: readonly [T, T], options: Partial<T>): T {
  const colours = { ...palettes[theme === 'dark' || (theme === 'auto' && darkScheme()?.matches) ? 1 : 0] };
  for (const key of Object.keys(colours) as Array<keyof T>) if (options[key] !== undefined) colours[key] = options[key] as T[keyof T];
  return colours;
}

/** While `theme` is `'auto'`, calls `fn` each time the reader's setting changes; returns what stops that. */
export function followTheme(theme: BasemapTheme | undefined, fn: () => void): () => void {
  const query = theme === 'auto' ? darkScheme() : undefined;
  query?.addEventListener('change', fn);
  return () => query?.removeEventListener('change', fn);
}
