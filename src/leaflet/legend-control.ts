import * as L from 'leaflet';
import type { Precision, TravelMode } from '../itinerary/types';
import { el, isolateFromMap } from './dom';
import type { LegStyles } from './legs';
import type { LayerStrings } from './options';

const SVG = 'http://www.w3.org/2000/svg';

/** Options of {@link LegendControl}. */
export interface LegendControlOptions extends L.ControlOptions {
  /** Modes to list, in this order: only the ones in use. */
  modes: TravelMode[];
  /** The resolved style of each travel mode, drawn as its line swatch. */
  styles: LegStyles;
  /** Marker precisions to explain, only the ones in use. */
  precisions: Precision[];
  /** Words: the legend's name and the names of modes and precisions. */
  strings: LayerStrings;
}

/** The legend: one line swatch per travel mode in use and one marker swatch per precision in use. */
export class LegendControl extends L.Control {
  private readonly settings: LegendControlOptions;

  constructor(options: LegendControlOptions) {
    super({ position: options.position ?? 'bottomright' });
    this.settings = options;
  }

  /** Called by Leaflet when the control is added: builds the legend's swatches. */
  override onAdd(): HTMLElement {
    const { modes, styles, precisions, strings } = this.settings;
    const root = el('section', 'vm-legend leaflet-bar');
    root.setAttribute('aria-label', strings.legend);
    const list = el('ul', 'vm-legend__list', undefined, root);
    for (const mode of modes) {
      const item = el('li', `vm-legend__item vm-legend__item--${mode}`, undefined, list);
      item.appendChild(lineSwatch(styles[mode]));
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
}

function lineSwatch(style: LegStyles[TravelMode]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'vm-legend__swatch');
  svg.setAttribute('viewBox', '0 0 36 10');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '2');
  line.setAttribute('y1', '5');
  line.setAttribute('x2', '34');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', style.color);
  line.setAttribute('stroke-width', String(style.weight));
  line.setAttribute('stroke-linecap', 'round');
  if (style.dashArray) line.setAttribute('stroke-dasharray', style.dashArray);
  svg.appendChild(line);
  return svg;
}
