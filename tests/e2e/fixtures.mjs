import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, with a page whose `goto` and `reload` return once the
 * app has taken over a pre-rendered page (tools/prerender, src/mount.rs).
 * Until then the page holds both the pre-rendered HTML and the app rendering
 * out of sight, so a test would act on HTML that is about to go. Pass
 * `{ waitForApp: false }` to look at the pre-rendered page itself.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const options = name === 'goto' ? args[1] : args[0];
        const { waitForApp = true, ...rest } = options ?? {};
        const response = name === 'goto' ? await original(args[0], rest) : await original(rest);
        if (waitForApp) await appTookOver(page);
        return response;
      };
    }
    await use(page);
  },
});

export { expect };

/** Waits until no pre-rendered page is left (at once on a page without one). */
export async function appTookOver(page, timeout = 20_000) {
  await page.locator('#prerendered').waitFor({ state: 'detached', timeout });
}
