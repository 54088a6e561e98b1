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
