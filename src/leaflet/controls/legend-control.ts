import * as L from 'leaflet';
import { PRECISIONS, TRAVEL_MODES, type TravelMode } from '../../itinerary/types';
import { el, isolateFromMap, svgEl } from '../dom';
import { resolveLegStyles, type LegStyles } from '../layer/legs';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { ItineraryControl } from './control';
import type { BarSlot } from './control-bar';


/** Options of {@link LegendControl}. */
export interface LegendControlOptions extends L.ControlOptions {
  /** Position of the legend. Default `'bottomright'`. */
  position?: L.ControlPosition;
}

/** The defaults of {@link LegendControlOptions}, documented on each option. */
const DEFAULTS: LegendControlOptions = { position: 'bottomright' };

/**
 * The legend of an {@link ItineraryLayer}: one line swatch per travel mode its legs use,
 * drawn in the layer's leg styles, and one marker swatch per stop precision in use, in
 * the layer's words (`strings.modes`, `strings.precision`).
 *
 * @example
 * legendControl(layer).addTo(map);
 */
export class LegendControl extends ItineraryControl<LegendControlOptions> {
  constructor(layer: ItineraryLayer, options?: LegendControlOptions) {
    super(layer, options, DEFAULTS, 'LegendControl');
  }

  /** Called by Leaflet when the control is added: builds the legend's swatches. */
  override onAdd(map: L.Map): HTMLElement {
    const { itinerary, large, settings } = this.layer;
    const strings = settings.strings;
    const modes = settings.legs ? TRAVEL_MODES.filter((m) => itinerary.legs.some((l) => l.mode === m)) : [];
    const precisions = large ? [] : PRECISIONS.filter((p) => itinerary.stops.some((s) => s.precision === p));
    const styles = resolveLegStyles(map.getContainer(), settings.legStyles);
    const root = el('section', 'vm-legend leaflet-bar');
    root.dir = 'auto'; // in its words' direction, not the page's
    root.setAttribute('aria-label', strings.legend);
    const list = el('ul', 'vm-legend__list', undefined, root);
    for (const mode of modes) {
      const item = el('li', `vm-legend__item vm-legend__item--${mode}`, undefined, list);
      // Large mode draws solid lines (see LegsCanvas): so does its legend.
      item.append(lineSwatch(styles[mode], large));
      el('span', 'vm-legend__text', strings.modes[mode], item);
    }
    for (const precision of precisions) {
      const item = el('li', `vm-legend__item vm-legend__item--${precision}`, undefined, list);
      const swatch = el('span', `vm-legend__marker vm-marker vm-marker--${precision}`, undefined, item);
      el('span', 'vm-marker__badge', undefined, swatch).setAttribute('aria-hidden', 'true');
      el('span', 'vm-legend__text', strings.precision[precision], item);
    }
    isolateFromMap(root);
    return root;
  }

  /** On a small map the legend opens from the story's bar, as a bottom sheet. */
  protected override barSlot(): BarSlot {
    return { place: 'sheet', label: this.layer.settings.strings.legend };
  }
}


/**
 * Factory for {@link LegendControl}.
 * @example
 * legendControl(layer, { position: 'bottomleft' }).addTo(map);
 */
export function legendControl(layer: ItineraryLayer, options?: LegendControlOptions): LegendControl {
  return new LegendControl(layer, options);
}

function lineSwatch(style: LegStyles[TravelMode], solid: boolean): SVGSVGElement {
  const svg = svgEl('svg', { class: 'vm-legend__swatch', viewBox: '0 0 36 10', width: '36', height: '10', 'aria-hidden': 'true' });
  const line = { x1: '2', y1: '5', x2: '34', y2: '5', stroke: style.color, 'stroke-width': String(style.weight), 'stroke-linecap': 'round' };
  const dashes = [style.dashArray].flat().join(' '); // '6 8' or [6, 8]
  svgEl('line', dashes && !solid ? { ...line, 'stroke-dasharray': dashes } : line, svg);
  return svg;
}
