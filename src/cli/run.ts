import { dirname, resolve } from 'node:path';
import { cac } from 'cac';
import { version } from '../../package.json';
import { toGeoJSON } from '../geojson/to-geojson';
import { toFlatGeoJSON } from '../geojson/to-flat-geojson';
import { toGPX } from '../geojson/gpx';
import { toKML } from '../geojson/kml';
import { stringifyCollection } from '../geojson/stringify';
import { summarize } from '../geojson/summarize';
import { outsideStay, stayOf, type StayEnd } from '../itinerary/stay';
import type { CliIO } from './io';
import { extractCommand, readPlaces } from './extract';
import { importCommand } from './import-command';
import { CliFailure, displayName, fileError, readItinerary, readText } from './read-input';
import { summaryTable } from './summary-table';
import { exportStringsFor } from './strings-zh';
import { MIN_TOLERANCE_KM } from '../geo/densify';
import { isTolerance } from '../geo/tolerance';

export type { CliIO } from './io';

const OUT = '  -o, --out OUT     Write to OUT instead of standard output\n';
const TOLERANCE = '  --tolerance KM    Largest distance a drawn leg strays from the great circle (default: 1)\n';
const LANGUAGE =
  '  --language TAG    Language of names, e.g. zh-Hans (default: en); a Chinese tag\n' +
  "                    (zh, zh-TW, …) writes visitmap's own words in Chinese\n";
const TAIL = 'FILE "-" reads standard input. Exit status: 0 done, 1 invalid input, 2 bad usage.\n';
const HELP = `Usage: visitmap <command> FILE [options]

Turns a visit itinerary (JSON, or a GeoJSON export of one) into map files and summaries.

Commands:
  validate FILE…  Check itineraries and print each problem with its file and path
  geojson FILE    Write it as GeoJSON (RFC 7946): stops, and legs on great circles
  gpx FILE        Write it as GPX 1.1: a waypoint per stop, the legs as a track
  kml FILE        Write it as KML 2.2: a placemark per stop and per leg
  summary FILE    Print its stops, meetings, days and distances
  extract FILE    Draft an itinerary (JSON) from a visit announcement's text
  import FILE     Read an itinerary (JSON) from a GPX or KML file

Options:
${OUT}${TOLERANCE}  --flat            geojson: the flat profile for table formats (GeoPackage, Shapefile)
  --language TAG    Language of names in GPX and KML, e.g. zh-Hans (default: en);
                    a Chinese tag (zh, zh-TW, …) writes visitmap's own words in Chinese
  --legs KIND       gpx: the legs as a \`track\` following the great circles (default)
                    or as one \`route\` through the stops (--route is the old name)
  --json            summary: print JSON instead of a table
  --published DATE  extract: the announcement's publication date, YYYY-MM-DD
  --home PLACE      extract: the traveller's home city (default: the place of return)
  --places FILE     extract: your own places (JSON list or GeoJSON points)
  -h, --help        Show this help (after a command, that command's own)
  -v, --version     Show the version

${TAIL}`;
/** Each command's own help (`visitmap gpx --help`): what it does, its arguments and options, an example. */
const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: visitmap validate FILE… [options]

Checks itineraries (JSON, or GeoJSON exports of them) and prints each problem with its
file and path; a line "FILE: valid: …" for each that is. Exit status 1 if any is invalid.

Arguments:
  FILE…             One or more itinerary files

Options:
${OUT}
Example:
  visitmap validate visit.json other.geojson

${TAIL}`,
  geojson: `Usage: visitmap geojson FILE [options]

Writes the itinerary as GeoJSON (RFC 7946): a point per stop, and the legs on great circles.

Arguments:
  FILE              An itinerary (JSON, or a GeoJSON export of one)

Options:
${OUT}${TOLERANCE}  --flat            The flat profile for table formats (GeoPackage, Shapefile)

Example:
  visitmap geojson visit.json -o visit.geojson

${TAIL}`,
  gpx: `Usage: visitmap gpx FILE [options]

Writes the itinerary as GPX 1.1: a waypoint per stop, the legs as a track.

Arguments:
  FILE              An itinerary (JSON, or a GeoJSON export of one)

Options:
${OUT}${TOLERANCE}${LANGUAGE}  --legs KIND       The legs as a \`track\` following the great circles (default)
                    or as one \`route\` through the stops (--route is the old name)

Example:
  visitmap gpx visit.json --language zh-Hans -o visit.gpx

${TAIL}`,
  kml: `Usage: visitmap kml FILE [options]

Writes the itinerary as KML 2.2: a placemark per stop and per leg.

Arguments:
  FILE              An itinerary (JSON, or a GeoJSON export of one)

Options:
${OUT}${TOLERANCE}${LANGUAGE}
Example:
  visitmap kml visit.json -o visit.kml

${TAIL}`,
  summary: `Usage: visitmap summary FILE [options]

Prints the itinerary's stops, meetings, days and distances.

Arguments:
  FILE              An itinerary (JSON, or a GeoJSON export of one)

Options:
${OUT}  --json            Print JSON instead of a table

Example:
  visitmap summary visit.json --json

${TAIL}`,
  extract: `Usage: visitmap extract FILE [options]

Drafts an itinerary (JSON) from a visit announcement's text; what to check is a warning
on standard error.

Arguments:
  FILE              The announcement, as plain text

Options:
${OUT}  --published DATE  The announcement's publication date, YYYY-MM-DD
  --home PLACE      The traveller's home city (default: the place of return)
  --places FILE     Your own places (JSON list or GeoJSON points)

Example:
  visitmap extract release.txt --published 2025-06-02 --home "Hong Kong" -o visit.json

${TAIL}`,
  import: `Usage: visitmap import FILE [options]

Reads an itinerary (JSON) from a GPX or KML file: one visitmap wrote comes back whole,
another tool's gives a draft, with what it leaves out as warnings on standard error.
A file too large for the process's memory is refused before it is parsed.

Arguments:
  FILE              A .gpx or .kml file (standard input: told apart by its root element)

Options:
${OUT}
Example:
  visitmap import phone-export.gpx -o visit.json

${TAIL}`,
};
const HINT = 'Run "visitmap --help" for usage.';
// mri turns values that look like numbers into numbers (`-o 007` would write `7`,
// `--tolerance 0x10` would be 16) and drops a bare `-`, the usual name of standard input:
// every value goes through it behind this mark, taken off again after parsing.
const MARK = '\u0000';
const mask = (argv: string[]): string[] => {
  let command = true;
  return argv.map((a) => {
    if (a.startsWith('--') && a.includes('=')) return a.replace('=', `=${MARK}`);
    // A negative number (`--tolerance -1`) is a value, not a flag.
    if (a.startsWith('-') && a !== '-' && !/^-\.?\d/.test(a)) return a;
    if (command) return (command = false), a; // the command's name stays as cac matches it
    return MARK + a;
  });
};
const unmask = (v: unknown): unknown => (typeof v === 'string' && v.startsWith(MARK) ? v.slice(1) : Array.isArray(v) ? v.map(unmask) : v);
// The argument parser's own messages, in the words and case of the CLI's others ("unknown command `x`").
const parserWords = (message: string, command = 'the command') =>
  message
    .replace(/^Unknown option/, 'unknown option')
    .replace(/^Unused args: (.*)/, `unexpected $1: ${command} reads one FILE (validate reads several)`)
    .replace(/^missing required args for command `(\S+).*`/, 'missing FILE: visitmap $1 FILE');
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Options {
  out?: string;
  tolerance?: string;
  language?: string;
  legs?: string;
  /** Deprecated alias of `--legs route`. */
  route?: boolean;
  json?: boolean;
  published?: string;
  home?: string;
  places?: string;
  flat?: boolean;
}

function parser() {
  const cli = cac('visitmap');
  cli.option('-h, --help', 'Show this help').option('-v, --version', 'Show the version');
  cli.command('validate <file> [...more]').option('-o, --out <out>', '');
  const writes = ['geojson', 'gpx', 'kml'].map((name) =>
    cli.command(`${name} <file>`).option('-o, --out <out>', '').option('--tolerance <km>', ''),
  );
  writes[0]!.option('--flat', '');
  writes[1]!.option('--language <tag>', '').option('--legs <kind>', '').option('--route', '');
  writes[2]!.option('--language <tag>', '');
  cli.command('summary <file>').option('-o, --out <out>', '').option('--json', '');
  cli.command('import <file>').option('-o, --out <out>', '');
  cli
    .command('extract <file>')
    .option('-o, --out <out>', '')
    .option('--published <date>', '')
    .option('--home <place>', '')
    .option('--places <file>', '');
  return cli;
}

/**
 * The `visitmap` command. `argv` is what follows the program name
 * (`['geojson', 'visit.json', '-o', 'visit.geojson']`); `io` is the outside world.
 * Resolves to the exit status: 0 done, 1 invalid input or unreadable file, 2 bad usage.
 * Never throws for bad input or files: every problem is a line on `io.stderr`.
 *
 * @example
 * const code = await run(process.argv.slice(2), nodeIO());
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const cli = parser();
  const usage = (message: string) => {
    io.stderr(`visitmap: ${parserWords(message.split(MARK).join(''), cli.matchedCommand?.name)}\n${HINT}\n`);
    return 2;
  };
  try {
    cli.parse(['node', 'visitmap', ...mask(argv)], { run: false });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const command = cli.matchedCommand;
  // A command's own help after its name (`visitmap gpx --help`), else the general one.
  if (cli.options.help) return io.stdout((command && COMMAND_HELP[command.name]) || HELP), 0;
  if (cli.options.version && !command) return io.stdout(`${version}\n`), 0;
  if (!command) return usage(cli.args[0] === undefined ? 'missing command' : `unknown command \`${cli.args[0]}\``);
  try {
    command.checkUnknownOptions();
    command.checkOptionValue();
    command.checkRequiredArgs();
    command.checkUnusedArgs();
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const options = Object.fromEntries(Object.entries(cli.options).map(([k, v]) => [k, unmask(v)])) as Options;
  const toleranceKm = options.tolerance === undefined ? 1 : decimal(options.tolerance);
  if (!isTolerance(toleranceKm)) {
    return usage(`--tolerance must be a number of km, at least ${MIN_TOLERANCE_KM} (1 mm), got \`${options.tolerance}\``);
  }
  if (options.language !== undefined && !isLanguageTag(options.language)) {
    return usage(`--language must be a BCP 47 language tag such as en or zh-Hans, got \`${String(options.language)}\``);
  }
  const legs = gpxLegs(options, io);
  if (legs instanceof Error) return usage(legs.message);
  // Writing over what is read would lose it (an announcement, another tool's GPX) for good.
  const out = options.out === undefined ? '-' : String(options.out);
  const read = [...cli.args.map(unmask), options.places].filter((f) => f !== undefined).map(String);
  const target = resolve(io.cwd, out);
  let over: string | undefined;
  for (const f of out === '-' ? [] : read.filter((f) => f !== '-')) {
    const path = resolve(io.cwd, f);
    if (path === target || (await io.sameFile?.(path, target))) {
      over = f;
      break;
    }
  }
  if (over !== undefined) return usage(`-o ${out} would write over the input ${over}: write to another file`);

  const file = String(unmask(cli.args[0]));
  const emit = async (text: string) => {
    if (out === '-') return io.stdout(text);
    try {
      await io.writeFile(resolve(io.cwd, out), text);
    } catch (error) {
      // Writing a file fails with "no such file" only when a folder on its path is missing: name that.
      const reason = (error as { code?: unknown } | null)?.code === 'ENOENT' ? `the folder ${dirname(out)} does not exist` : fileError(error);
      throw new CliFailure([`visitmap: cannot write ${out}: ${reason}`], 1);
    }
  };
  try {
    if (command.name === 'extract') {
      const places = options.places === undefined ? undefined : await readPlaces(String(options.places), io);
      let result;
      try {
        result = await extractCommand(await readText(file, io), { published: options.published, home: options.home, places });
      } catch (error) {
        if (error instanceof TypeError) return usage(error.message);
        if (error instanceof RangeError) throw new CliFailure([`${displayName(file)}: ${error.message}`], 1);
        throw error;
      }
      for (const w of result.warnings) io.stderr(`${displayName(file)}: warning: ${w.message}\n`);
      // No stop is no itinerary (parseItinerary would refuse it): say so rather than write one.
      if (!result.itinerary.stops.length) throw new CliFailure([`${displayName(file)}: no itinerary: no visited place found`], 1);
      await emit(`${JSON.stringify(result.itinerary, null, 2)}\n`);
      return 0;
    }
    if (command.name === 'import') {
      await emit(await importCommand(file, io));
      return 0;
    }
    if (command.name === 'validate') {
      // Several files, as a linter takes them: each is checked and said in turn, and the status is
      // the worst of them (1 if any is invalid or unreadable).
      let status = 0;
      let said = '';
      for (const name of cli.args.map((a) => String(unmask(a)))) {
        try {
          const itinerary = await readItinerary(name, io);
          // Valid, but worth a look: the format allows a meeting dated outside its stop's stay.
          // A stop without `depart` was left by the next stop's arrival (and one without `arrive` reached
          // after the previous stop's departure): a meeting past it is as far off as past a stated one.
          itinerary.stops.forEach((s, i) => {
            const [start, end] = stayOf(itinerary.stops, i);
            const said = (e: StayEnd | undefined) => (e ? e.date + (e.from ? `, ${e.from}` : '') : '…');
            // [0, 0] is where a missing position ends up in a spreadsheet or a geocoder's failure, not a place visited.
            if (s.coordinates[0] === 0 && s.coordinates[1] === 0) io.stderr(`${displayName(name)}: warning: stops[${i}].coordinates: [0, 0] is at sea in the Gulf of Guinea; a missing position?\n`);
            for (const [k, m] of outsideStay(s, start?.date, end?.date)) {
              io.stderr(`${displayName(name)}: warning: stops[${i}].meetings[${k}].date: ${m.date} is outside the stop's stay (${said(start)} to ${said(end)})\n`);
            }
          });
          said +=
            `${displayName(name)}: valid: ${count(itinerary.stops.length, 'stop')}, ${count(itinerary.legs.length, 'leg')}, ` +
            `${count(itinerary.stops.reduce((n, s) => n + s.meetings.length, 0), 'meeting')}\n`;
        } catch (error) {
          if (!(error instanceof CliFailure)) throw error;
          io.stderr(error.lines.map((l) => `${l}\n`).join(''));
          status = Math.max(status, error.code);
        }
      }
      await emit(said);
      return status;
    }
    const itinerary = await readItinerary(file, io);
    const language = options.language;
    const strings = exportStringsFor(language);
    switch (command.name) {
      case 'geojson':
        await emit(stringifyCollection(options.flat ? toFlatGeoJSON(itinerary, { toleranceKm }) : toGeoJSON(itinerary, { toleranceKm })));
        break;
      case 'gpx':
        await emit(toGPX(itinerary, { toleranceKm, language, legs, strings }));
        break;
      case 'kml':
        await emit(toKML(itinerary, { toleranceKm, language, strings }));
        break;
      case 'summary': {
        const summary = summarize(itinerary);
        await emit(options.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryTable(itinerary, summary));
        break;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(error.lines.map((l) => `${l}\n`).join(''));
      return error.code;
    }
    // A bug of ours: still one line, and a non-zero status, but say it is ours.
    io.stderr(`visitmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Whether `tag` is a well-formed BCP 47 language tag (`en`, `zh-Hans`, `pt-BR`), as `Intl` reads them. */
function isLanguageTag(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag.trim() !== tag || tag === '') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The GPX `legs` option from `--legs track|route`, or from `--route`, its old name (which
 * still works, with a notice on standard error); an Error for a bad or contradictory value.
 */
function gpxLegs(options: Options, io: CliIO): 'track' | 'route' | Error {
  const legs = options.legs === undefined ? undefined : String(options.legs);
  if (legs !== undefined && legs !== 'track' && legs !== 'route') return new Error(`--legs must be \`track\` or \`route\`, got \`${legs}\``);
  if (!options.route) return legs ?? 'track';
  if (legs === 'track') return new Error('--route contradicts --legs track');
  io.stderr('visitmap: --route is deprecated: use --legs route\n');
  return 'route';
}

/** A plain decimal number as written on a command line (`0.5`, `2`, `1e-3`), else NaN: not `0x10`, not `''`. */
function decimal(text: string): number {
  return /^\+?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : NaN;
}
