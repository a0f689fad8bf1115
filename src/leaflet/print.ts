/**
 * Following the page into print and back. Browsers tell in two ways, and not always
 * both: the `beforeprint`/`afterprint` events around the print dialog, and the `print`
 * media query turning on and off (Chromium's and Firefox's print layout; `emulateMedia`
 * in a browser test, which fires no print events). Only once the media query matches is
 * the page laid out at the paper's width, so that is when sizes can be measured.
 */

/** What to do as the page goes to paper, and back. */
export interface PrintHandlers {
  /**
   * Called on `beforeprint` and again when the print media query matches (the page may
   * not be laid out for paper yet on the first call, it is on the second): must be safe
   * to call twice.
   */
  print(): void;
  /** Called once on `afterprint` or when the print media query stops matching, after `print`. */
  screen(): void;
}

/**
 * Calls `handlers.print` as the page goes to paper and `handlers.screen` once it is back;
 * returns the function that stops listening. Does nothing where there is no `window` or
 * `matchMedia` (Node).
 * @example
 * const stop = followPrint({ print: () => map.invalidateSize(), screen: () => map.invalidateSize() });
 */
export function followPrint(handlers: PrintHandlers): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  let printing = false;
  const print = () => {
    printing = true;
    handlers.print();
  };
  const screen = () => {
    if (!printing) return;
    printing = false;
    handlers.screen();
  };
  const query = window.matchMedia('print');
  const change = (e: MediaQueryListEvent) => (e.matches ? print() : screen());
  query.addEventListener('change', change);
  window.addEventListener('beforeprint', print);
  window.addEventListener('afterprint', screen);
  return () => {
    query.removeEventListener('change', change);
    window.removeEventListener('beforeprint', print);
    window.removeEventListener('afterprint', screen);
  };
}
