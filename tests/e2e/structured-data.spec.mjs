// schema.org JSON-LD in the pre-rendered pages of the release build
// (tools/prerender/src/structured_data.rs), as a crawler fetches them:
// each MPP page a GovernmentOffice saying only what its sources state, `/`
// the site and its dataset (the feed). Every page's block is checked against
// schema.org's vocabulary natively (tools/prerender/tests/structured_data.rs).
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures.mjs';
import { SUBPATH_URL } from '../../playwright.config.mjs';
import { shippedFeed } from './helpers.mjs';

/** The page's JSON-LD blocks, parsed (a block that does not parse fails). */
async function jsonLd(request, url) {
  const response = await request.get(url);
  expect(response.ok(), url).toBeTruthy();
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  for (const block of blocks) {
    expect(head, url).toContain(block);
    expect(block, url).not.toContain('<');
  }
  return blocks.map((block) => JSON.parse(block));
}

const day = (d) => `https://schema.org/${d}`;

/** Whether hours stated on `asOf` are vouched for today, as "open now" says (two years). */
function vouched(asOf, today = new Date()) {
  const [y, m = 1, d = 1] = asOf.split('-').map(Number);
  const limit = new Date(Date.UTC(today.getUTCFullYear() - 2, today.getUTCMonth(), today.getUTCDate()));
  return Date.UTC(y, m - 1, d) >= limit.getTime();
}

test('/mpp/kota-banda-aceh gives its hours, stated in January 2026, and its address', async ({ request }) => {
  const feed = await shippedFeed(request);
  const mpp = feed.mpps.find((m) => m.slug === 'kota-banda-aceh');
  expect(mpp.hours_as_of).toBe('2026-01-13');
  const [office, ...more] = await jsonLd(request, '/mpp/kota-banda-aceh');
  expect(more).toEqual([]);
  expect(office['@context']).toBe('https://schema.org');
  expect(office['@type']).toBe('GovernmentOffice');
  expect(office['@id']).toMatch(/^https?:\/\/[^/]+\/mpp\/kota-banda-aceh#office$/);
  expect(office.url).toBe(office['@id'].replace('#office', ''));
  expect(office.name).toBe('MPP Kota Banda Aceh');
  expect(office.address).toEqual({
    '@type': 'PostalAddress', streetAddress: 'Lantai 3 Pasar Atjeh, Banda Aceh',
    addressLocality: 'Kota Banda Aceh', addressRegion: 'Aceh', addressCountry: 'ID',
  });
  expect(office.geo).toBeUndefined(); // the city's point, not the building
  // Vouched for until January 2028 (the "open now" rule), then no longer said.
  if (!vouched(mpp.hours_as_of)) {
    expect(office.openingHoursSpecification).toBeUndefined();
    return;
  }
  const week = office.openingHoursSpecification.filter((s) => !s.validFrom);
  expect(week).toEqual([
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map(day), opens: '08:30:00', closes: '12:30:00' },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day), opens: '14:00:00', closes: '15:30:00' },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Friday'].map(day), opens: '08:30:00', closes: '11:30:00' },
  ]);
  // Closed on the coming national holidays the feed dates firmly.
  const today = new Date().toISOString().slice(0, 10);
  const closures = office.openingHoursSpecification.filter((s) => s.validFrom);
  for (const s of closures) {
    expect(s).toMatchObject({ opens: '00:00:00', closes: '00:00:00', validThrough: s.validFrom });
  }
  const holidays = feed.meta.holidays.filter((h) => h.kind === 'national' && !h.estimated && h.date > today);
  for (const h of holidays) expect(closures.map((s) => s.validFrom)).toContain(h.date);
});

test('/mpp/kota-padang gives no hours: stated in 2019, no longer vouched for', async ({ request }) => {
  const feed = await shippedFeed(request);
  const mpp = feed.mpps.find((m) => m.slug === 'kota-padang');
  expect(mpp.hours_as_of).toBe('2019-01-24');
  expect(mpp.hours.length).toBeGreaterThan(0);
  const [office] = await jsonLd(request, '/mpp/kota-padang');
  expect(office['@type']).toBe('GovernmentOffice');
  expect(office.name).toBe('MPP Kota Padang');
  expect(office.openingHoursSpecification).toBeUndefined();
  expect(office.address.streetAddress).toBe('Lantai 4 Plaza Andalas, Padang');
  expect(office.geo).toBeUndefined();
});

test('/mpp/kabupaten-buol gives no hours and no building point: the regency it serves instead', async ({ request }) => {
  const [office] = await jsonLd(request, '/mpp/kabupaten-buol');
  expect(office['@type']).toBe('GovernmentOffice');
  expect(office.name).toBe('MPP Kabupaten Buol');
  expect(office.openingHoursSpecification).toBeUndefined();
  expect(office.geo).toBeUndefined();
  expect(office.address).toBeUndefined();
  expect(office.areaServed).toEqual({
    '@type': 'AdministrativeArea', name: 'Kabupaten Buol',
    containedInPlace: { '@type': 'AdministrativeArea', name: 'Sulawesi Tengah' },
  });
  expect(office.parentOrganization).toEqual({ '@type': 'GovernmentOrganization', name: 'Pemerintah Kabupaten Buol' });
  // Under a sub-path, its URLs follow the build's.
  const [sub] = await jsonLd(request, `${SUBPATH_URL}mpp/kabupaten-buol`);
  expect(sub['@id']).toMatch(/\/peta-mpp\/mpp\/kabupaten-buol#office$/);
});

test('/ gives the site and its dataset: the feed, its licences and its date', async ({ request }) => {
  const feed = await shippedFeed(request);
  const [block] = await jsonLd(request, '/');
  const [site, dataset] = block['@graph'];
  expect(site['@type']).toBe('WebSite');
  expect(site.name).toBe('Peta MPP');
  expect(dataset['@type']).toBe('Dataset');
  expect(dataset.isPartOf).toEqual({ '@id': site['@id'] });
  expect(dataset.dateModified).toBe(feed.meta.generated);
  expect(dataset.license.map((l) => l.name)).toEqual(feed.meta.licences.map((l) => l.licence));
  const files = dataset.distribution.map((d) => new URL(d.contentUrl).pathname);
  expect(files).toEqual(['/data/mpp.json', '/data/mpp-details.json', '/data/regions.json']);
  for (const file of files) expect((await request.get(file)).ok(), file).toBeTruthy();
  // The other pages carry none.
  expect(await jsonLd(request, '/tentang')).toEqual([]);
});

test('the CSP does not allow a JSON-LD block as a script, and the page still runs', async ({ page, request }) => {
  const html = await (await request.get('/mpp/kabupaten-buol')).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
  // A hash for each inline script that runs, none for the data block.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
  const data = inline.filter(([, attributes]) => attributes.includes('application/ld+json'));
  expect(data).toHaveLength(1);
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  expect(scriptSrc).not.toContain(hash(data[0][2]));
  expect(scriptSrc.match(/'sha256-/g)).toHaveLength(inline.length - 1);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/mpp/kabupaten-buol');
  await expect(page.locator('h1')).toContainText('MPP Kabupaten Buol');
  expect(violations).toEqual([]);
});
