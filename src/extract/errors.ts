/**
 * What {@link extractItinerary} and {@link extractWith} throw for an option they cannot use: a `TypeError` (as any other bad
 * option) whose `code` says which problem it is, for a caller to test instead of the message, which is for people and may
 * be reworded. `unknown-home`: the `home` given is in no gazetteer (a country's name is its capital); `value` is that name,
 * as given.
 * @example
 * try {
 *   await extractItinerary(text, { home: 'Qwertyville' });
 * } catch (error) {
 *   if (error instanceof ExtractOptionError && error.code === 'unknown-home') askForHome(error.value);
 * }
 */
export class ExtractOptionError extends TypeError {
  constructor(
    message: string,
    /** Which problem: `unknown-home`, a `home` no gazetteer knows. */
    readonly code: 'unknown-home',
    /** The option's value, as given. */
    readonly value: string,
  ) {
    super(message);
    this.name = 'ExtractOptionError';
  }
}

/**
 * How the messages of `visitmap/extract` name the way to add a place: the library's option. The CLI writes its own flag in
 * its place (`--places`), so a user reads the words of the tool they used; one message, not a copy per tool.
 */
export const ADD_PLACES = 'the gazetteer option';
