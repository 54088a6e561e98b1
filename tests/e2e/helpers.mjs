import { expect } from '@playwright/test';

/** The feed exactly as the server ships it, to compare the page against. */
export async function shippedFeed(request, base = '') {
  const response = await request.get(`${base}/data/mpp.json`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** Fails the test on any uncaught error or console error (a panic shows as one). */
export function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export const listItems = (page) => page.locator('ol.mpp-list > li');

/** The list comes a page at a time: press "Tampilkan lebih banyak" until all are shown. */
export async function showAll(page) {
  await expect(listItems(page).first()).toBeVisible();
  const more = page.locator('button.show-more');
  while (await more.count()) await more.click();
}

/** All `total` MPPs are in the result: the count says so and the first page is listed. */
export async function expectListed(page, total) {
  await expect(page.locator('.result-count')).toHaveText(new RegExp(`^${total} (dari|of) ${total} MPP`));
  await expect(listItems(page)).toHaveCount(Math.min(total, 20));
}
