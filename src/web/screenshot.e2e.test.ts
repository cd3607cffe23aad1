import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';
import { analyze } from '../core/index.js';
import { startRenderer } from '../node/ocr/render-message.js';
import { silentLogger } from '../server/logging.js';
import { startServer, type RunningServer } from '../server/node.js';

// The page with a screenshot: chosen, pasted, read with OCR in the browser (tesseract.js's worker,
// WebAssembly core and language data served by this server, nothing uploaded, nothing fetched from
// elsewhere, no CSP violation), the same verdict as the typed text, and the evidence boxed on the
// image. Debian's Chromium through playwright-core, as in page.e2e.test.ts.

const CHROMIUM = '/usr/bin/chromium';
const { chromiumMissing: skip } = await import('../node/ocr/render-message.js');

const MESSAGE = { sender: '+1 (555) 123-4567', text: 'USPS: Your package could not be delivered due to an incomplete address. Please update it at https://usps-redelivery-center.top/track?id=US9514961 within 12 hours.' };

let server: RunningServer | undefined;
let context: BrowserContext | undefined;
let profile: string | undefined;
let png: Buffer | undefined;
const outside: string[] = [];
const uploads: string[] = [];
const served: string[] = [];

before(async () => {
  if (skip) return;
  const renderer = await startRenderer();
  png = Buffer.from(await renderer.shot(MESSAGE));
  await renderer.close();
  server = await startServer({ host: '127.0.0.1', port: 0, logger: silentLogger, tuneHeap: false });
  const origin = new URL(server.url).origin;
  profile = mkdtempSync(join(tmpdir(), 'impostor-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) return route.continue();
    if (new URL(url).origin !== origin) {
      outside.push(url);
      return route.abort();
    }
    if (url.includes('/api/')) uploads.push(`${route.request().method()} ${url}`);
    served.push(new URL(url).pathname);
    return route.continue();
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('a chosen screenshot is read in the browser, checked like the typed text, evidence boxed on it', { skip, timeout: 120_000 }, async () => {
  const page = await context!.newPage();
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(server!.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.setInputFiles('#file', { name: 'shot.png', mimeType: 'image/png', buffer: png! });
  await page.click('#submit');
  await page.waitForSelector('#screenshot-figure[data-boxes]', { timeout: 90_000 });
  const typed = await analyze({ input: MESSAGE.text, from: MESSAGE.sender }, { country: 'US' });
  assert.equal(await page.getAttribute('#verdict-box', 'data-verdict'), typed.verdict);
  assert.notEqual(typed.verdict, 'no_red_flags');
  const boxes = await page.$$eval('#screenshot-figure .ocr-box', (bs) => bs.map((b) => b.getAttribute('data-rule')));
  assert.ok(boxes.length > 0, 'evidence boxes are drawn on the screenshot');
  // Each box lies inside the image.
  const inside = await page.$$eval('#screenshot-figure .ocr-box', (bs) => {
    const img = document.querySelector('#screenshot-figure img')!.getBoundingClientRect();
    return bs.every((b) => {
      const r = b.getBoundingClientRect();
      return r.left >= img.left - 4 && r.right <= img.right + 4 && r.top >= img.top - 4 && r.bottom <= img.bottom + 4;
    });
  });
  assert.ok(inside, 'boxes sit on the image');
  assert.match((await page.textContent('#screenshot-figure figcaption')) ?? '', /OCR confidence \d+%/);
  assert.deepEqual(uploads, [], 'nothing was sent to the server');
  assert.deepEqual(outside, [], 'nothing was fetched from elsewhere');
  assert.ok(served.includes('/eng.traineddata.gz') && served.includes('/tesseract-worker.min.js'), served.join(' '));
  assert.deepEqual(csp, []);
  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: join('test-artifacts', 'page-screenshot.png'), fullPage: true });

  // Pasting the image (clipboard with a file) opens it like the file field does.
  await page.click('#clear');
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, png!.toString('base64'));
  await page.waitForSelector('#file-info:not([hidden])');
  assert.match((await page.textContent('#file-name')) ?? '', /pasted\.png/);
  await page.close();
});
