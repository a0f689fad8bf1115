/** The story's part of a URL hash: `#stop=lingang&t=2023-12-11T06:00:00Z&day=2023-12-11&meeting=lingang-big-data`. */
export interface StoryHash {
  /** A stop id. */
  stop?: string;
  /** An ISO 8601 time. */
  t?: string;
  /** A local calendar day, `YYYY-MM-DD`. */
  day?: string;
  /** A meeting id: its details view is open. */
  meeting?: string;
}

/** The story's keys in a hash, in the order they are written: the one list the deep link's keys come from too. */
export const STORY_HASH_KEYS = ['stop', 't', 'day', 'meeting'] as const;
type Key = (typeof STORY_HASH_KEYS)[number];

/** The name a story key has in a hash under `prefix`: `b.stop` under `b`, `stop` under none (see `DeepLinkOptions.key`). */
export const storyKeyName = (key: string, prefix?: string): string => (prefix ? `${prefix}.${key}` : key);

/** The story key a hash key names under `prefix` (`a.stop` under `a`, `stop` under none), if any. */
const keyOf = (name: string, prefix: string | undefined): Key | undefined => STORY_HASH_KEYS.find((key) => storyKeyName(key, prefix) == name);

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined; // a malformed escape: not a value we can use
  }
}

/** Escapes a value for a fragment, leaving `:` and `@` readable (`t=2023-12-11T06:00:00Z`). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%40/gi, '@');
}

/**
 * Reads the story keys (`stop`, `t`, `day`, `meeting`) of a URL hash written like a query string;
 * every other part of the hash is the page's own and is ignored. With `prefix` (one of several
 * maps on a page, see `DeepLinkOptions.key`) it reads that map's keys, `<prefix>.stop` and so on.
 *
 * @example
 * parseStoryHash('#stop=lingang&t=2023-12-11T06:00:00Z'); // { stop: 'lingang', t: '2023-12-11T06:00:00Z' }
 * parseStoryHash('#meeting=lingang-big-data'); // { meeting: 'lingang-big-data' }
 * parseStoryHash('#section-2'); // {}
 * parseStoryHash('#stop=lingang&b.stop=kyoto', 'b'); // { stop: 'kyoto' }
 */
export function parseStoryHash(hash: string, prefix?: string): StoryHash {
  const out: StoryHash = {};
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = decode(part.slice(0, eq));
    const key = name === undefined ? undefined : keyOf(name, prefix);
    const value = decode(part.slice(eq + 1));
    if (key && value) out[key] = value;
  }
  return out;
}

/**
 * A hash with the story keys set to `state` (a key absent from `state` is removed) and
 * every other part of `hash` kept as it was, before ours. Returns `''` for an empty hash.
 * With `prefix` the keys are `<prefix>.stop` and so on, and only those are touched: another
 * map's keys (another prefix, or none) are kept as the page's own.
 *
 * @example
 * formatStoryHash('#intro', { stop: 'lingang' }); // '#intro&stop=lingang'
 * formatStoryHash('#stop=a&t=x', { stop: 'b' }); // '#stop=b'
 * formatStoryHash('#stop=a', { stop: 'kyoto' }, 'b'); // '#stop=a&b.stop=kyoto'
 */
export function formatStoryHash(hash: string, state: StoryHash, prefix?: string): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      const eq = part.indexOf('=');
      const name = eq < 0 ? undefined : decode(part.slice(0, eq));
      return name === undefined || !keyOf(name, prefix);
    });
  for (const key of STORY_HASH_KEYS) {
    const value = state[key];
    if (value) kept.push(`${storyKeyName(key, prefix)}=${encode(value)}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}
