/** Options of {@link StoryPlayback}. */
export interface StoryPlaybackOptions {
  /** Number of stops (positions run from 0 to `stops - 1`). */
  stops: number;
  /** How long travelling leg `i` (stop `i` to `i + 1`) takes, in ms. */
  legDuration(leg: number): number;
  /** How long the story stays at a stop before travelling on, in ms. */
  dwell: number;
  /** No animation: after each stay, jump to the next stop. Read at every tick, so it can follow the system setting. */
  reducedMotion(): boolean;
}

/** What a {@link StoryPlayback.tick} did. */
export interface PlaybackTick {
  /** A stop just reached, if any. */
  arrived: number | null;
  /** Playback reached the last stop and stopped. */
  ended: boolean;
}

const EPS = 1e-9;

/**
 * The playback state machine, free of the DOM and of time sources: a `position` from 0
 * to `stops - 1` (2.25 is a quarter of the way from the third stop to the fourth) that
 * `tick(ms)` moves on while playing: a stay at each stop, then the leg to the next.
 * The control drives it from `requestAnimationFrame`; tests drive it by hand.
 *
 * @example
 * const p = new StoryPlayback({ stops: 3, legDuration: () => 1000, dwell: 500, reducedMotion: () => false });
 * p.play();
 * p.tick(500); // travelling: position 0.5
 */
export class StoryPlayback {
  /** Where the story is. */
  position = 0;
  /** Whether `tick` moves it on. */
  playing = false;
  private readonly o: StoryPlaybackOptions;
  /** Time spent at the current stop since arriving (only meaningful at a whole position). */
  private held = 0;

  constructor(options: StoryPlaybackOptions) {
    if (!(options.stops >= 0)) throw new RangeError('StoryPlayback: stops must be a number ≥ 0');
    this.o = options;
  }

  /** The last stop reached: `floor(position)`. */
  get stop(): number {
    return Math.max(0, Math.floor(this.position + EPS));
  }

  /** Whether the story is at the last stop. */
  get atEnd(): boolean {
    return this.position >= this.o.stops - 1 - EPS;
  }

  /** Starts playing; from the start again when at the end. Leaves a stop at once (the visitor asked to go). */
  play(): void {
    if (this.o.stops < 2) return;
    if (this.atEnd) this.position = 0;
    this.playing = true;
    this.held = this.o.dwell;
  }

  /** Stops playing where the story is. */
  pause(): void {
    this.playing = false;
  }

  /** Pauses and goes to the next stop (from between two stops: the one ahead). */
  stepForward(): number {
    this.pause();
    this.position = Math.min(this.o.stops - 1, this.stop + 1);
    return this.position;
  }

  /** Pauses and goes to the previous stop (from between two stops: the one just left). */
  stepBack(): number {
    this.pause();
    const whole = Math.abs(this.position - Math.round(this.position)) < EPS;
    this.position = Math.max(0, whole ? Math.round(this.position) - 1 : this.stop);
    return this.position;
  }

  /** Pauses and jumps to a position (clamped). */
  seek(position: number): void {
    this.pause();
    this.position = Math.min(Math.max(Number.isFinite(position) ? position : 0, 0), Math.max(0, this.o.stops - 1));
    this.held = 0;
  }

  /** Moves the story on by `ms` of playing time. */
  tick(ms: number): PlaybackTick {
    const result: PlaybackTick = { arrived: null, ended: false };
    let budget = Math.max(0, ms);
    while (this.playing && budget > 0) {
      if (this.atEnd) {
        this.playing = false;
        result.ended = true;
        break;
      }
      const at = this.stop;
      const whole = Math.abs(this.position - at) < EPS;
      if (whole && this.held < this.o.dwell) {
        const wait = Math.min(budget, this.o.dwell - this.held);
        this.held += wait;
        budget -= wait;
        continue;
      }
      if (this.o.reducedMotion()) {
        this.arrive(at + 1, result);
        continue;
      }
      const duration = Math.max(1, this.o.legDuration(at));
      const left = (at + 1 - this.position) * duration;
      if (budget < left) {
        this.position += budget / duration;
        budget = 0;
      } else {
        budget -= left;
        this.arrive(at + 1, result);
      }
    }
    return result;
  }

  private arrive(stop: number, result: PlaybackTick): void {
    this.position = stop;
    this.held = 0;
    result.arrived = stop;
    if (this.atEnd) {
      this.playing = false;
      result.ended = true;
    }
  }
}
