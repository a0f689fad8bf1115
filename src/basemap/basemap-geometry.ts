import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';

/** What the basemap draws: land to fill, coastlines and country borders to stroke. */
export interface BasemapGeometry {
  /** Land areas, to fill. */
  land: FeatureCollection | Feature;
  /** Coastlines, to stroke: the topology's `coastline` object, else the outline of `land`. */
  coastline: MultiLineString;
  /** `null` when the topology has no countries (a `land-*.json` file). */
  borders: MultiLineString | null;
}

/**
 * Turns a Natural Earth TopoJSON topology into the shapes the basemap draws.
 *
 * Accepts either a `world-atlas` file as published (`countries-*.json` with
 * `land` and `countries`, or `land-*.json`), where coastlines and borders are
 * derived from shared arcs, or a prepared file (as written by
 * `scripts/basemap-data.mjs`) that also carries `coastline` and `borders`
 * objects: those are used as given, because a region cut out of the world has
 * edges that are not coasts.
 *
 * @throws TypeError naming what is missing when `topology` is not one of these.
 * @example
 * const world = await (await fetch('countries-50m.json')).json();
 * const { land, coastline, borders } = basemapGeometry(world);
 */
export function basemapGeometry(topology: unknown): BasemapGeometry {
  const topo = checkTopology(topology);
  // The published typings disagree with themselves on property generics: plain objects are enough here.
  const { land, countries, coastline, borders } = topo.objects as Record<string, GeometryObject | undefined>;
  if (!land) {
    throw new TypeError('basemap: the topology has no "land" object (expected a world-atlas countries-*.json or land-*.json)');
  }
  const landShapes = feature(topo, land) as FeatureCollection | Feature;
  return {
    land: landShapes,
    coastline: coastline ? asLines(topo, coastline, 'coastline') : mesh(topo, land),
    borders: borders
      ? asLines(topo, borders, 'borders')
      : countries
        ? mesh(topo, countries, (a, b) => a !== b)
        : null,
  };
}

function checkTopology(value: unknown): Topology {
  if ((value as { type?: unknown } | null | undefined)?.type !== 'Topology') {
    throw new TypeError('basemap: expected a TopoJSON object with "type": "Topology"');
  }
  const topo = value as Topology;
  if (typeof topo.objects !== 'object' || topo.objects === null || !Array.isArray(topo.arcs)) {
    throw new TypeError('basemap: the topology needs "objects" and "arcs"');
  }
  return topo;
}

/** A prepared line object as one MultiLineString, whichever line type it was stored as. */
function asLines(topo: Topology, object: GeometryObject, name: string): MultiLineString {
  const shapes = feature(topo, object) as Feature | FeatureCollection;
  const geometries: Geometry[] =
    shapes.type === 'FeatureCollection' ? shapes.features.map((f) => f.geometry) : [shapes.geometry];
  const coordinates: MultiLineString['coordinates'] = [];
  for (const g of geometries) {
    if (g.type === 'LineString') coordinates.push(g.coordinates);
    else if (g.type === 'MultiLineString') coordinates.push(...g.coordinates);
    else throw new TypeError(`basemap: "${name}" must hold lines, found ${g.type}`);
  }
  return { type: 'MultiLineString', coordinates };
}
