// WordPress as regencies run it: Debian's wordpress 6.1 with Apache and
// MariaDB (tests/wordpress/start.sh), the Peta MPP plugin's shortcode and
// block saved by an Author, the /sematkan snippet pasted into a Custom HTML
// block by an Administrator — and by an Author, for whom WordPress strips it
// without a word (kses), which is why the plugin exists. Against the release
// build under tools/serve.mjs and under real nginx with deploy/nginx.conf.
import { test, expect } from './fixtures.mjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT_URL, NGINX_URL } from '../../playwright.config.mjs';
import { launchUserBrowser } from './helpers.mjs';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 90_000 });

// The WordPress site (tests/wordpress/start.sh), on the app's site (127.0.0.1)
// and, as a regency's is, on another site (localhost is not 127.0.0.1).
const WP = 'http://127.0.0.1:8091';
const WP_OTHER_SITE = 'http://localhost:8091';
const TILES = /tile\.openstreetmap\.org/;
const START = fileURLToPath(new URL('../wordpress/start.sh', import.meta.url));
const PHP_TEST = fileURLToPath(new URL('../wordpress/shortcode-test.php', import.meta.url));
const FRAME_ATTRIBUTES = ['allow', 'data-peta-mpp', 'height', 'loading', 'referrerpolicy', 'src', 'style', 'title', 'width'];

/** Runs a command, failing with its output when it fails. */
function run(command, args, what) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  } catch (e) {
    throw new Error(`${what} failed (${e.status ?? e.signal ?? e.message}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}
/** Starts WordPress (or, when it runs, points it at `base`): never skipped. */
const startWordPress = (base) => run(START, [base], `tests/wordpress/start.sh ${base}`);
/** As root, as start.sh runs (it needs the site's config, readable by root and Apache only). */
const asRoot = (command, args, what) => (process.getuid?.() === 0 ? run(command, args, what) : run('sudo', ['-n', command, ...args], what));

/** One visit of a WordPress post with an embed: the frame shows the app, sized by embed.js. */
async function visit(page, url, base, heading, n) {
  await page.goto(url);
  await expect(page.locator('p.lead'), 'WordPress rendered the post').toBeVisible();
  const iframe = page.locator('iframe[data-peta-mpp]');
  await expect(iframe).toHaveCount(1);
  const frame = page.frameLocator('iframe[data-peta-mpp]');
  // The frame's page is pre-rendered: until the app has taken it over both
  // are in it, each with its h1 (as appTookOver waits for on a page).
  await frame.locator('#prerendered').waitFor({ state: 'detached', timeout: 20_000 });
  await expect(frame.locator('h1'), `visit ${n}`).toHaveText(heading);
  await expect(frame.locator('ol.mpp-list > li').first(), `visit ${n}`).toBeVisible();
  // The markup sets no height in its style: embed.js does, from the frame's messages.
  await expect.poll(() => iframe.evaluate((e) => parseFloat(e.style.height) || 0), { message: `visit ${n}: embed.js sets the height` }).toBeGreaterThan(200);
  const app = page.frames().find((f) => f.url().startsWith(`${base}embed`));
  expect(app, 'the frame shows the app').toBeTruthy();
  return app;
}

/** Visits 1–3: the worker registers inside the frame on the first and answers the others. */
async function threeVisits(page, url, base, heading) {
  for (const n of [1, 2, 3]) {
    const app = await visit(page, url, base, heading, n);
    if (n === 1) {
      await expect.poll(() => app.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.active)), { message: 'the service worker is active in the frame', timeout: 20_000 }).toBe(true);
    } else {
      expect(await app.evaluate(() => !!navigator.serviceWorker.controller), `visit ${n} is answered by the service worker`).toBe(true);
    }
  }
}

/** No request leaves the machine (the theme, WordPress and the app alike). */
async function loopbackOnly(context) {
  await context.route(TILES, (route) => route.abort());
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
}

async function logIn(page, user) {
  await page.goto(`${WP}/wp-login.php`);
  // wp-login.php empties and focuses the user field a moment after load:
  // fill in only once it has.
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill('peta-mpp-e2e');
  await expect(page.locator('#user_login')).toHaveValue(user);
  await page.locator('#wp-submit').click();
  await expect(page.locator('#wpadminbar')).toBeVisible();
}

const STOP = fileURLToPath(new URL('../wordpress/stop.sh', import.meta.url));

// A machine can start from a snapshot of /tmp taken while Apache ran: its pid
// file then names whatever process has that pid now (CI failed so once).
test('start.sh starts Apache when its pid file names another live process', () => {
  test.setTimeout(600_000); // a first run may install Debian's packages
  const base = `${String(ROOT_URL).replace(/\/+$/, '')}/`;
  startWordPress(base);
  run(STOP, [], 'tests/wordpress/stop.sh');
  asRoot('sh', ['-c', `echo ${process.pid} > /tmp/peta-mpp-wordpress/apache2.pid`], 'writing a stale pid file');
  expect(startWordPress(base)).toContain('http://127.0.0.1:8091');
  expect(process.kill(process.pid, 0), 'the process the pid file named still runs').toBe(true);
});

const apps = [
  ['tools/serve.mjs', ROOT_URL],
  ['nginx with deploy/nginx.conf', NGINX_URL],
];

for (const [server, appUrl] of apps) {
  test.describe(`WordPress with Peta MPP served by ${server}`, () => {
    const base = `${String(appUrl).replace(/\/+$/, '')}/`;

    test.beforeAll(() => {
      test.setTimeout(600_000); // a first run may install Debian's packages
      expect(appUrl, 'playwright.config.mjs exports the app URL').toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      expect(startWordPress(base)).toContain('http://127.0.0.1:8091');
    });
    test.beforeEach(({ context }) => loopbackOnly(context));

    const embeds = [
      ['shortcode-author', "the Author's [peta_mpp] shortcode", 'MPP — Kalimantan Selatan'],
      ['html-admin', "the Administrator's Custom HTML block with the /sematkan snippet", 'MPP — Kabupaten Balangan'],
      ['block-author', "the Author's Peta MPP block", 'MPP — Kabupaten Balangan'],
    ];
    for (const [slug, what, heading] of embeds) {
      test(`${what} shows Peta MPP on visits 1, 2 and 3, sized by embed.js, its service worker answering`, async ({ page }) => {
        await threeVisits(page, `${WP}/${slug}/`, base, heading);
      });

      // A regency's site is another site than Peta MPP's: in a citizen's
      // browser (third-party storage allowed, Chromium's default) the worker
      // registers inside the frame there too, and must answer visits 2 and 3
      // with a frame the host may show.
      test(`${what} shows Peta MPP on visits 1, 2 and 3 from another site, its service worker answering`, async ({}, testInfo) => {
        const context = await launchUserBrowser(testInfo);
        try {
          await loopbackOnly(context);
          await threeVisits(await context.newPage(), `${WP_OTHER_SITE}/${slug}/`, base, heading);
        } finally {
          await context.close();
        }
      });
    }

    // Where the browser denies a cross-site frame its storage and a service
    // worker (Chrome's incognito windows, Safari, Playwright's own contexts),
    // the embed works all the same, on every visit.
    test('from another site, in a browser that gives the frame no storage, every visit shows Peta MPP', async ({ page }) => {
      for (const n of [1, 2, 3]) await visit(page, `${WP_OTHER_SITE}/shortcode-author/`, base, 'MPP — Kalimantan Selatan', n);
    });

    test('the same snippet saved by an Author is stripped by WordPress (kses): no frame, no script', async ({ page, request }) => {
      await page.goto(`${WP}/html-author/`);
      await expect(page.locator('p.lead')).toContainText('disimpan oleh Penulis');
      await expect(page.locator('iframe')).toHaveCount(0);
      await expect(page.locator('script[src$="/embed.js"]')).toHaveCount(0);
      const html = await (await request.get(`${WP}/html-author/`)).text();
      expect(html).not.toContain('<iframe');
      expect(html).not.toContain('data-peta-mpp');
    });

    for (const [slug, what] of [['hostile', 'a shortcode'], ['hostile-block', 'a block']]) {
      test(`hostile attributes in ${what} are escaped; the frame names the unknown values`, async ({ page, request }) => {
        const dialogs = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          dialog.dismiss();
        });
        await page.goto(`${WP}/${slug}/`);
        await expect(page.locator('p.lead')).toBeVisible();
        const iframe = page.locator('iframe[data-peta-mpp]');
        await expect(iframe).toHaveCount(1);
        // The plugin's attributes only: no injected handler, element or script.
        expect(await iframe.evaluate((e) => e.getAttributeNames().sort())).toEqual(FRAME_ATTRIBUTES);
        await expect(iframe).toHaveAttribute('height', '600'); // tinggi="abc"
        expect(await page.evaluate(() => [...document.scripts].filter((s) => /alert/.test(s.src + s.textContent)).length)).toBe(0);
        await expect(page.locator('img[src="x"], [onload], [onerror], [onmouseover]')).toHaveCount(0);
        const html = await (await request.get(`${WP}/${slug}/`)).text();
        expect(html).not.toMatch(/<script>alert|<img src=x|onload="alert/);

        const notice = page.frameLocator('iframe[data-peta-mpp]').locator('.embed-problems');
        await expect(notice).toContainText('Wilayah ini tidak dikenal');
        await expect(notice).toContainText('tampilan=3d');
        expect(dialogs).toEqual([]);
      });
    }

    test("the plugin's PHP: escaping, heights, notices and the setting (tests/wordpress/shortcode-test.php)", () => {
      expect(asRoot('php', [PHP_TEST], 'tests/wordpress/shortcode-test.php')).toContain('all passed');
    });

    test('an Author edits the block: registered in the editor, with its server-rendered preview', async ({ page }) => {
      await logIn(page, 'penulis');
      const [post] = await (await page.request.get(`${WP}/wp-json/wp/v2/posts?slug=block-author`)).json();
      await page.goto(`${WP}/wp-admin/post.php?post=${post.id}&action=edit`);
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
      const blocks = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks()
        .map((b) => ({ name: b.name, valid: b.isValid, attributes: b.attributes })));
      const block = blocks.find((b) => b.name === 'peta-mpp/embed');
      expect(block, JSON.stringify(blocks)).toBeTruthy();
      expect(block.valid).toBe(true);
      expect(block.attributes).toMatchObject({ wilayah: '63.11', tampilan: 'daftar', bahasa: 'id', tinggi: 600, lebar: 'konten' });
      await expect(page.locator('[data-type="peta-mpp/embed"] iframe[data-peta-mpp]')).toHaveAttribute('src', `${base}embed/63.11?tampilan=daftar`);
      // The sidebar has the same settings as the shortcode.
      await page.locator('[data-type="peta-mpp/embed"]').click({ force: true });
      const settings = page.getByRole('button', { name: 'Settings', exact: true });
      if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
      await expect(page.getByLabel('Region (wilayah)')).toHaveValue('63.11');
      await expect(page.getByLabel('View (tampilan)')).toHaveValue('daftar');
      // "Open on" (issue 23): chosen in the sidebar, it reaches the frame.
      await page.getByLabel('Open on (buka)').selectOption('sab');
      await page.getByLabel('At (jam)').fill('09.00');
      await expect(page.locator('[data-type="peta-mpp/embed"] iframe[data-peta-mpp]'))
        .toHaveAttribute('src', `${base}embed/63.11?tampilan=daftar&buka=sab&jam=09.00`, { timeout: 15000 });
    });

    test('Settings → Peta MPP refuses an invalid address; with none set visitors see nothing and editors a notice', async ({ page, browser }) => {
      try {
        await logIn(page, 'admin');
        await page.goto(`${WP}/wp-admin/options-general.php?page=peta-mpp`);
        const field = page.getByLabel('Peta MPP address');
        await expect(field).toHaveValue(base);
        await field.fill('javascript:alert(1)');
        await page.getByRole('button', { name: 'Save Changes' }).click();
        await expect(page.locator('.notice-error')).toContainText('The previous address was kept.');
        await expect(field).toHaveValue(base);

        await field.fill('');
        await page.getByRole('button', { name: 'Save Changes' }).click();
        await expect(page.locator('.notice-success')).toBeVisible();
        await expect(field).toHaveValue('');
        await page.goto(`${WP}/shortcode-author/`);
        await expect(page.locator('iframe')).toHaveCount(0);
        await expect(page.locator('.peta-mpp-notice')).toContainText('Peta MPP address is not set');
        await expect(page.locator('.peta-mpp-notice a')).toHaveAttribute('href', /options-general\.php\?page=peta-mpp$/);
        const visitor = await browser.newContext();
        const visitorPage = await visitor.newPage();
        await visitorPage.goto(`${WP}/shortcode-author/`);
        await expect(visitorPage.locator('p.lead')).toBeVisible();
        await expect(visitorPage.locator('iframe, .peta-mpp-notice, script[src$="/embed.js"]')).toHaveCount(0);
        await visitor.close();

        // Without the final slash: the setting adds it.
        await page.goto(`${WP}/wp-admin/options-general.php?page=peta-mpp`);
        await field.fill(base.replace(/\/$/, ''));
        await page.getByRole('button', { name: 'Save Changes' }).click();
        await expect(page.locator('.notice-success')).toBeVisible();
        await expect(field).toHaveValue(base);
      } finally {
        startWordPress(base);
      }
    });
  });
}
