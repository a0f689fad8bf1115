// What visitmap/import takes from @xmldom/xmldom in Node, a browser has itself: the gallery's
// import map names this module for it, as the README's import-map page does with one line.
export const DOMParser = globalThis.DOMParser;
