// axe-core on every route at 360 and 1280 px: any serious or critical
// violation fails (WCAG 2.0/2.1/2.2 A and AA rules, and Label in Name,
// which axe ships as experimental and runs only when named).
import { test, expect } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';
import { listItems } from './helpers.mjs';

/** A detail page, its "Tentang data ini" opened so it is checked too. */
async function openDataSection(page) {
  await page.locator('.about-data summary').click();
  await expect(page.locator('.sources li').first()).toBeVisible();
}

const ROUTES = [
  { path: '/', ready: (page) => expect(listItems(page).first()).toBeVisible() },
  { path: '/?q=jateng&layanan=kependudukan', ready: (page) => expect(page.locator('.category-note')).toBeVisible() },
  { path: '/mpp/kabupaten-balangan', ready: openDataSection },
  { path: '/mpp/kabupaten-buol', ready: openDataSection },
  { path: '/mpp/kota-banda-aceh', ready: openDataSection },
  { path: '/embed?wilayah=63', ready: (page) => expect(listItems(page).first()).toBeVisible() },
  // A region's embed clusters every marker until none overlaps: its
  // markers are targets like any other (no exception below).
  { path: '/embed/63', ready: (page) => expect(listItems(page).first()).toBeVisible(), everyTarget: true },
  { path: '/embed/63.11', ready: (page) => expect(listItems(page).first()).toBeVisible(), everyTarget: true },
  { path: '/sematkan', ready: (page) => expect(page.locator('#embed-code')).not.toHaveValue('') },
  { path: '/statistik', ready: (page) => expect(page.locator('table.coverage-table tbody tr')).toHaveCount(38) },
  { path: '/tentang', ready: (page) => expect(page.locator('article.about li').first()).toBeVisible() },
  { path: '/inovasi', ready: (page) => expect(page.locator('li.innovation')).toHaveCount(15) },
  { path: '/tidak-ada', ready: (page) => expect(page.locator('h1')).toBeVisible() },
  { path: '/?lang=en', ready: (page) => expect(listItems(page).first()).toBeVisible() },
];

for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test.describe(`axe at ${viewport.width} px`, () => {
    // Measured at rest: no zooming map or fading popup mid-animation.
    test.use({ viewport, reducedMotion: 'reduce' });
    test.beforeEach(async ({ page }) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort()));
    for (const { path, ready, everyTarget } of ROUTES) {
      test(`${path} has no serious or critical violation`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        if (viewport.width >= 768 && !['/tentang', '/sematkan', '/tidak', '/inovasi'].some((p) => path.startsWith(p))) {
          await expect(page.locator('.leaflet-container').first()).toBeVisible();
        }
        // Label in Name is checked on the markers too: wait until a shown map of
        // MPPs has drawn them (/statistik's coverage map has none).
        if (!path.startsWith('/statistik') && (await page.locator('.leaflet-container').first().isVisible())) {
          await expect(page.locator('.leaflet-marker-icon').first()).toBeAttached();
        }
        // Colours are measured once popups have faded in, targets once the map stopped zooming.
        await page.waitForFunction(() => [...document.querySelectorAll('.leaflet-popup')].every((p) => getComputedStyle(p).opacity === '1'));
        await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          // The preview frame is /embed, checked on its own.
          .exclude('.embed-preview')
          .analyze();
        const labelInName = await new AxeBuilder({ page })
          .withRules(['label-content-name-mismatch'])
          .exclude('.embed-preview')
          .analyze();
        const serious = [...results.violations, ...labelInName.violations]
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          // WCAG 2.5.8's "equivalent" exception: neighbouring map markers may
          // overlap, and every marker's function (open that MPP) is also in
          // the list, whose targets are 44 px. Every other target counts.
          .map((v) =>
            v.id === 'target-size' && !everyTarget
              ? { ...v, nodes: v.nodes.filter((n) => !n.target.join(' ').match(/leaflet-marker-icon|mpp-cluster|mpp-marker|div\[title=/)) }
              : v,
          )
          .filter((v) => v.nodes.length > 0)
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}
