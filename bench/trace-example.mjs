// What the large example's long tasks on load are made of (issue 18): a Chromium trace of
// examples/large.html loading (from site/: `npm run build && node scripts/build-site.mjs`),
// printed as every main-thread task over 50 ms with the biggest events inside it (script
// calls with their file and line, layout, paint, GC). Not a benchmark: tracing slows the page;
// read it beside `node bench/pan.mjs --example`.
//
//   node bench/trace-example.mjs
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { browserArgs } from './pan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const handler = sirv(path.join(root, 'site'), { dev: true });
const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end(); }));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: browserArgs });
const INSIDE = /FunctionCall|TimerFire|EvaluateScript|v8.evaluateModule|FireAnimationFrame|^Layout$|UpdateLayoutTree|^Paint$|MajorGC|MinorGC|ParseHTML|EventDispatch|RunMicrotasks/;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/large.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent);
  await page.waitForTimeout(3000); // the basemap's parts and names, and the fitted view's redraw
  console.log(await page.textContent('#status'));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur > 3000 && INSIDE.test(e.name));
    const what = inside.slice(0, +(process.env.INSIDE ?? 6)).map((e) => {
      const d = e.args?.data ?? {};
      const where = d.url ? ` ${d.functionName ? `${d.functionName} ` : ''}${path.basename(d.url)}:${d.lineNumber}` : '';
      return `${e.name} ${(e.dur / 1000).toFixed(0)} ms${where}`;
    });
    console.log(`${(task.dur / 1000).toFixed(0)} ms: ${what.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
