// Time to the first MPP *visible* on a throttled phone, however it got
// there (pre-rendered HTML or a script), and to the app answering its search
// box (`peta-mpp:interactive`, set once the app has taken over). Both pages,
// app and baseline, are timed the same way in the same run: cold cache, no
// service worker, Lighthouse's mobile network (150 ms RTT, 1.6 Mbps down)
// and 4× CPU slowdown through the DevTools protocol.
import { chromium } from '@playwright/test';
import { CHROME, FLAGS } from './lib.mjs';

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Checks every frame for a list item that shows; records when one does. */
function watchFirstMpp() {
  const visible = (li) => li.getBoundingClientRect().height > 0 && getComputedStyle(li).visibility === 'visible';
  const check = (time) => {
    if ([...document.querySelectorAll('ol.mpp-list > li, ol#list > li')].some(visible)) {
      window.__firstMpp = time;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const median = (xs) => {
  const sorted = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Median over `runs` cold loads of `url`: { firstMpp, interactive } in ms. */
export async function firstMpp(url, runs = 5) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const first = [];
  const interactive = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(watchFirstMpp);
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => window.__firstMpp !== undefined, null, { timeout: 120_000 });
      first.push(await page.evaluate(() => window.__firstMpp));
      const mark = await page
        .waitForFunction(() => performance.getEntriesByName('peta-mpp:interactive')[0]?.startTime, null, { timeout: 30_000 })
        .then((handle) => handle.jsonValue(), () => undefined);
      interactive.push(mark);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstMpp: median(first), interactive: median(interactive), runs: first };
}
