/**
 * The parts of the GPX 1.1 and KML 2.2 schemas (gpx.xsd, ogckml22.xsd) that visitmap's
 * writers use, as ordered content models: which child elements may appear, in what
 * order, how often. The schemas themselves cannot be fetched here, so the tests check
 * the output against these transcriptions (element order is what a writer most easily
 * gets wrong, and what xmllint would reject).
 */
type Model = ReadonlyArray<readonly [name: string, max: 1 | 'n']>;
const one = (...names: string[]): Model => names.map((n) => [n, 1] as const);

const GPX_POINT: Model = [
  ...one('ele', 'time', 'magvar', 'geoidheight', 'name', 'cmt', 'desc', 'src'),
  ['link', 'n'],
  ...one('sym', 'type', 'fix', 'sat', 'hdop', 'vdop', 'pdop', 'ageofdgpsdata', 'dgpsid', 'extensions'),
];
const GPX_LINE_HEAD: Model = [...one('name', 'cmt', 'desc', 'src'), ['link', 'n'], ...one('number', 'type', 'extensions')];

/** gpx.xsd (GPX 1.1): sequences of gpxType, metadataType, wptType, rteType, trkType, trksegType, linkType. */
export const GPX_MODEL: Readonly<Record<string, Model>> = {
  gpx: [['metadata', 1], ['wpt', 'n'], ['rte', 'n'], ['trk', 'n'], ['extensions', 1]],
  metadata: [...one('name', 'desc', 'author', 'copyright'), ['link', 'n'], ...one('time', 'keywords', 'bounds', 'extensions')],
  wpt: GPX_POINT,
  rtept: GPX_POINT,
  trkpt: GPX_POINT,
  rte: [...GPX_LINE_HEAD, ['rtept', 'n']],
  trk: [...GPX_LINE_HEAD, ['trkseg', 'n']],
  trkseg: [['trkpt', 'n'], ['extensions', 1]],
  link: one('text', 'type'),
};

const KML_FEATURE: Model = [
  ...one('name', 'visibility', 'open', 'address', 'phoneNumber', 'Snippet', 'description', 'LookAt', 'TimeStamp', 'TimeSpan', 'styleUrl'),
  ['Style', 'n'],
  ...one('Region', 'ExtendedData'),
];
const KML_GEOMETRY = ['Point', 'LineString', 'MultiGeometry'];

/** ogckml22.xsd (KML 2.2): the sequences of the elements visitmap writes. */
export const KML_MODEL: Readonly<Record<string, Model>> = {
  kml: one('Document'),
  Document: [...KML_FEATURE, ['Schema', 'n'], ['Folder', 'n'], ['Placemark', 'n']],
  Folder: [...KML_FEATURE, ['Placemark', 'n']],
  Placemark: [...KML_FEATURE, ...KML_GEOMETRY.map((g) => [g, 1] as const)],
  Style: one('IconStyle', 'LineStyle'),
  IconStyle: one('color', 'scale', 'Icon'),
  LineStyle: one('color', 'width'),
  Schema: [['SimpleField', 'n']],
  ExtendedData: [['Data', 'n'], ['SchemaData', 'n']],
  SchemaData: [['SimpleData', 'n']],
  Data: one('displayName', 'value'),
  TimeSpan: one('begin', 'end'),
  TimeStamp: one('when'),
  MultiGeometry: [['LineString', 'n']],
  LineString: one('extrude', 'tessellate', 'altitudeMode', 'coordinates'),
  Point: one('extrude', 'altitudeMode', 'coordinates'),
};

interface El {
  localName: string | null;
  namespaceURI: string | null;
  childNodes: ArrayLike<unknown>;
}

/**
 * Every place where `root`'s tree breaks `model` (elements of namespace `ns`; others, as in
 * `<extensions>`, are only checked not to be in `ns`), as `path: problem`; `[]` when valid.
 */
export function schemaProblems(root: El, model: Readonly<Record<string, Model>>, ns: string): string[] {
  const problems: string[] = [];
  const walk = (el: El, path: string) => {
    const kids = Array.from(el.childNodes as ArrayLike<{ nodeType: number }>).filter((n) => n.nodeType === 1) as unknown as El[];
    if (el.localName === 'extensions') {
      for (const k of kids) if (k.namespaceURI === ns) problems.push(`${path}/${k.localName}: a GPX element inside <extensions>`);
      return;
    }
    const allowed = model[el.localName ?? ''];
    if (!allowed) return; // a leaf (text) element
    let at = 0; // position in the model
    let count = 0;
    let previous = 'the start';
    for (const k of kids) {
      if (k.namespaceURI !== ns) {
        problems.push(`${path}/${k.localName}: element of namespace ${k.namespaceURI} not allowed here`);
        continue;
      }
      let i = at;
      while (i < allowed.length && allowed[i]![0] !== k.localName) i++;
      if (i === allowed.length) {
        problems.push(`${path}/${k.localName}: not allowed here (after ${previous})`);
        continue;
      }
      previous = k.localName!;
      count = i === at ? count + 1 : 1;
      at = i;
      if (allowed[i]![1] === 1 && count > 1) problems.push(`${path}/${k.localName}: at most one`);
      walk(k, `${path}/${k.localName}`);
    }
  };
  if (!model[root.localName ?? '']) problems.push(`unexpected root <${root.localName}>`);
  walk(root, root.localName ?? '');
  return problems;
}
