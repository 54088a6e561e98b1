// Renders the project's own SVG logo to the PNG icons the web app manifest
// needs (192, 512 and a 512 maskable), with the machine's Chromium. The PNGs
// are committed; run `node tools/make-icons.mjs` after changing a logo.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const jobs = [
  ['public/icon.svg', 'public/icons/icon-192.png', 192],
  ['public/icon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/icon-maskable.svg', 'public/icons/icon-maskable-512.png', 512],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [svg, png, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`);
  await page.screenshot({ path: png, omitBackground: true });
  await page.close();
  console.log(png);
}
await browser.close();
