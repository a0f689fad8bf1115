/**
 * The large-mode benches keep working (issue 18: "A test keeps each profile's smallest run
 * working"): bench/pan.mjs on every trip profile, bench/peers.mjs, and the large example's
 * long tasks, each at its smallest (500 stops, the default largeThreshold; one page). Only
 * that they run and report sane figures: the figures themselves are bench/RESULTS.md's.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { PROFILES } from '../../bench/synthetic.mjs';
import { describeBrowser, ensureSite, repoRoot } from './harness';

const run = async (...args: string[]) => JSON.parse((await promisify(execFile)('node', args, { cwd: repoRoot, encoding: 'utf8' })).stdout.trim());

describeBrowser('the large-mode benches at their smallest', () => {
  it.each(PROFILES)('bench/pan.mjs measures pans, drags, the load and zoom steps in large mode, %s profile', async (profile) => {
    const res = await run('bench/pan.mjs', '--json', '--stops', '500', '--runs', '1', '--profile', profile);
    expect(res).toMatchObject({ stops: 500, profile, runs: 1 });
    for (const key of ['emptyPanMs', 'oursPanMs', 'wholePanMs', 'dragEmptyMs', 'dragOursMs', 'loadMs']) expect(res[key], key).toBeGreaterThan(0);
    for (const key of ['panRatio', 'wholeRatio', 'dragRatio']) expect(Number.isFinite(res[key]), key).toBe(true);
    expect(res.loadLongestTaskMs).toBeGreaterThanOrEqual(0);
    expect(res.zoomLongestTaskMs).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('bench/pan.mjs --no-whole measures the shifted pans alone, without the whole-canvas pans in turns', async () => {
    const res = await run('bench/pan.mjs', '--json', '--stops', '500', '--runs', '1', '--profile', 'meetings', '--no-whole');
    expect(res.oursPanMs).toBeGreaterThan(0);
    expect(Number.isFinite(res.panRatio)).toBe(true);
    expect(res.wholePanMs).toBeNull();
    expect(res.wholeRatio).toBeNull();
    expect(res.raw.whole).toEqual([]);
  }, 120_000);

  it('bench/pan-cpu.mjs gives each build its pans’ main-thread CPU time and what the layer drew in them', async () => {
    const res = await run('bench/pan-cpu.mjs', '--json', '--stops', '500', '--pages', '1', '--settle', '0');
    expect(res).toMatchObject({ profile: 'meetings', stops: 500, pages: 1 });
    expect(res.builds).toHaveLength(1);
    const [b] = res.builds;
    for (const kind of ['shifted', 'whole']) {
      expect(b[kind], kind).toHaveLength(1);
      expect(b[kind][0], kind).toBeGreaterThan(0);
    }
    const [counts] = b.counts;
    // Every moveend pan shifted the bitmap; a whole redraw draws at least what a shift's strips do.
    expect(counts.shifted.shifts).toBe(8);
    expect(counts.whole.shifts).toBe(0);
    expect(counts.whole.stamps).toBeGreaterThan(0);
    expect(counts.whole.vertices).toBeGreaterThanOrEqual(counts.shifted.vertices);
  }, 120_000);

  it('bench/peers.mjs measures large mode and Leaflet.Geodesic with Leaflet.markercluster on the same stops', async () => {
    const res = await run('bench/peers.mjs', '--json', '--stops', '500', '--runs', '1');
    for (const side of ['ours', 'peers']) {
      expect(res[side].loadMs, side).toBeGreaterThan(0);
      expect(res[side].panMs, side).toBeGreaterThan(0);
      expect(Number.isFinite(res[side].panRatio), side).toBe(true);
    }
    expect(res.raw.ours).toHaveLength(1);
    expect(res.raw.peers).toHaveLength(1);
  }, 120_000);

  it('bench/pan.mjs --example lists the large example’s long tasks on load and on four zoom steps, and with --cpu their busiest task’s CPU time', async () => {
    await ensureSite('examples/large.html');
    const res = await run('bench/pan.mjs', '--example', '--json', '--runs', '1', '--cpu');
    expect(res.raw.load).toHaveLength(1);
    expect(res.raw.steps).toEqual([[expect.any(Number), expect.any(Number), expect.any(Number)]]);
    expect(res.raw.zoom).toEqual([expect.any(Array)]);
    expect(res.raw.zoom[0]).toHaveLength(4);
    expect(res.loadLongestTaskMs).toBe(Math.max(0, ...res.raw.load.flat()));
    // One [CPU ms, wall ms] for the load and one per zoom step.
    expect(res.raw.cpu).toEqual([Array.from({ length: 5 }, () => [expect.any(Number), expect.any(Number)])]);
    expect(res.loadBusiestTaskCpuMs).toBe(res.raw.cpu[0][0][0]);
    expect(res.zoomBusiestTaskCpuMs).toBe(Math.max(...res.raw.cpu[0].slice(1).map(([cpu]: number[]) => cpu)));
  }, 120_000);
});
