/** Options of {@link StoryPlayback}. */
export interface StoryPlaybackOptions {
  /** Number of stops (positions run from 0 to `stops - 1`, or to `end`). */
  stops: number;
  /** The last position: `stops` when the last stop has a stay to play, from `stops - 1` to `stops` (`storyEnd` of the story's moments). Default `stops - 1`. */
  end?: number;
  /** How long travelling leg `i` (stop `i` to `i + 1`) takes, in ms. */
  legDuration(leg: number): number;
  /** How long the story stays at a stop before travelling on, in ms. */
  dwell: number;
  /** No animation: after each stay, jump to the next stop. Read at every tick, so it can follow the system setting. */
  reducedMotion(): boolean;
}

/** What a {@link StoryPlayback.tick} did. */
export interface PlaybackTick {
  /** A stop just reached, if any (not the end of the last stop's stay). */
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
 * `setBounds` keeps it within part of the story (a day picked): every move stays there.
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
  /** The part of the story it stays within, `null`: all of it. */
  private bounds: readonly [number, number] | null = null;

  constructor(options: StoryPlaybackOptions) {
    if (!(options.stops >= 0)) throw new RangeError('StoryPlayback: stops must be a number ≥ 0');
    this.o = options;
  }

  /** The last stop reached: `floor(position)` (the last stop in its stay, up to the end). */
  get stop(): number {
    return Math.max(0, Math.min(Math.floor(this.position + EPS), this.o.stops - 1));
  }

  /** The story's last position. */
  private get story(): number {
    return this.o.end ?? Math.max(0, this.o.stops - 1);
  }

  /** Where it may go: from the bounds' start to their end, or the whole story. */
  private get start(): number {
    return this.bounds?.[0] ?? 0;
  }

  private get end(): number {
    return this.bounds?.[1] ?? this.story;
  }

  /** Where playing ends: the last stop within the bounds. Their end may be later, within that stop's stay (a day's last hours), which a seek reaches: no travelling. */
  private get last(): number {
    return Math.floor(this.end + EPS);
  }

  /** Whether the story is at the first stop (or at the start of its bounds). */
  get atStart(): boolean {
    return this.position <= this.start + EPS;
  }

  /** Whether the story is at the last stop (or at the end of its bounds). */
  get atEnd(): boolean {
    return this.position >= this.end - EPS;
  }

  /**
   * Keeps every move (step, seek, play) between two positions, e.g. the first and last
   * of one day's stops (see {@link storySpan}); `null` frees it again. The position is
   * moved inside them now.
   * @example
   * playback.setBounds([1.4, 4]); // 11 Dec: from leaving Hangzhou to Lingang
   */
  setBounds(bounds: readonly [number, number] | null): void {
    const last = this.story;
    const start = bounds ? Math.min(Math.max(bounds[0], 0), last) : 0;
    this.bounds = bounds && [start, Math.min(Math.max(bounds[1], start), last)];
    this.position = this.clamp(this.position);
  }

  /** Starts playing; from the start (of the bounds) again when at the end (the last stop within them) or outside them. Leaves a stop at once (the visitor asked to go). Does nothing with nothing to travel (no stop within the bounds to reach: a day of one stop). */
  play(): void {
    if (this.o.stops < 2 || this.last <= this.start + EPS) return;
    if (this.position >= this.last - EPS || this.position < this.start - EPS) this.position = this.start;
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
    this.position = this.clamp(this.stop + 1);
    return this.position;
  }

  /** Pauses and goes to the previous stop (from between two stops: the one just left). */
  stepBack(): number {
    this.pause();
    const whole = Math.abs(this.position - Math.round(this.position)) < EPS;
    this.position = this.clamp(whole ? Math.round(this.position) - 1 : this.stop);
    return this.position;
  }

  /** Pauses and jumps to a position (kept within the story and its bounds). */
  seek(position: number): void {
    this.pause();
    this.position = this.clamp(Number.isFinite(position) ? position : 0);
    this.held = 0;
  }

  private clamp(position: number): number {
    return Math.min(Math.max(position, this.start), this.end);
  }

  /** Moves the story on by `ms` of playing time. */
  tick(ms: number): PlaybackTick {
    const result: PlaybackTick = { arrived: null, ended: false };
    let budget = Math.max(0, ms);
    while (this.playing && budget > 0) {
      if (this.position >= this.last - EPS) {
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
      const to = at + 1;
      const duration = Math.max(1, this.o.legDuration(at));
      const left = (to - this.position) * duration;
      if (budget < left) {
        this.position += budget / duration;
        budget = 0;
      } else {
        budget -= left;
        this.arrive(to, result);
      }
    }
    return result;
  }

  private arrive(position: number, result: PlaybackTick): void {
    this.position = position;
    this.held = 0;
    if (position < this.o.stops) result.arrived = position;
    if (position >= this.last - EPS) {
      this.playing = false;
      result.ended = true;
    }
  }
}
