import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../core/index.js';
import { silentLogger } from '../server/logging.js';
import { DEFAULT_WEB_ROOT, startServer, type RunningServer } from '../server/node.js';
import { GENUINE_CODE_FROM, PAGE_SAMPLES } from './page-samples.js';

// Issue 18 in a real browser (Debian's Chromium via playwright-core), on a 390×844 phone screen:
// what the first screen after "Check" holds, read from the layout (the boxes of the visible text,
// not the markup); the weight before the first check; offline reload and check; print; German.

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y --no-install-recommends chromium`;
const PHONE = { width: 390, height: 844 };

const { SCAM_TEXT, SCAM_CALL, PHISHING_EMAIL, GENUINE_CODE } = PAGE_SAMPLES;
/** Few checkable reasons, so the trained classifier makes the first screen. */
const PRIZE = 'Congratulations! You have won a $1000 Walmart gift card. Claim your prize now before it expires.';

let server: RunningServer | undefined;
let browser: Browser | undefined;
const outside: string[] = [];

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'app.js')), 'dist/web/app.js is missing: run npm run build');
  server = await startServer({ host: '127.0.0.1', port: 0, logger: silentLogger });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function newContext(locale = 'en-US'): Promise<BrowserContext> {
  const ctx = await browser!.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale, extraHTTPHeaders: { 'Accept-Language': locale } });
  const origin = new URL(server!.url).origin;
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return ctx;
}

async function open(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(server!.url);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function check(page: Page, text: string, from?: string): Promise<void> {
  await page.fill('#message', text);
  if (from) await page.fill('#from', from);
  await page.click('#submit');
  await page.waitForSelector('#result:not([hidden]) #verdict:not(:empty)');
}

interface Line {
  text: string;
  top: number;
  bottom: number;
}

/**
 * The visible text below the verdict as the reader sees it: each text node's own box (a Range),
 * relative to the verdict's top, skipping text that is not rendered (closed sections included).
 */
async function linesBelowVerdict(page: Page): Promise<{ lines: Line[]; answerPx: number }> {
  return page.evaluate(() => {
    const v = document.getElementById('verdict')!;
    const top = v.getBoundingClientRect().top;
    const lines: { text: string; top: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!el || !text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.height === 0 || r.bottom - top < -2) continue;
      lines.push({ text, top: r.top - top, bottom: r.bottom - top });
    }
    return { lines, answerPx: document.documentElement.scrollHeight - (top + scrollY) };
  });
}

const screenText = (lines: Line[]) =>
  lines
    .filter((l) => l.bottom <= PHONE.height)
    .map((l) => l.text)
    .join(' • ');
const firstTop = (lines: Line[], re: RegExp) => lines.find((l) => re.test(l.text))?.top ?? Infinity;

test('first phone screen after "Check": verdict, brand, the number as a reason, the next step and every "I already…" choice', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await check(page, SCAM_TEXT);
  const { lines, answerPx } = await linesBelowVerdict(page);
  const screen = screenText(lines);
  assert.match(screen, /^Likely scam/, screen.slice(0, 200));
  assert.match(screen, /Amazon/);
  // The brand's own rule is the first reason, with the number the message gives.
  const reasons = await page.$$eval('#reasons > li', (ls) => ls.map((l) => ({ rule: l.getAttribute('data-rule'), text: l.textContent ?? '', bottom: l.getBoundingClientRect().bottom })));
  assert.ok(reasons.length >= 1 && reasons.length <= 3, JSON.stringify(reasons));
  assert.equal(reasons[0]!.rule, 'unofficial-brand-number');
  assert.match(reasons[0]!.text, /555.?0173/);
  assert.ok(firstTop(lines, /555.?0173/) < PHONE.height);
  // The single next step for this message: don't call that number; open Amazon's own app.
  assert.match(screen, /Don’t call \(888\) 555-0173\./);
  assert.match(screen, /Open the Amazon app/);
  // "I already…" and each of its five choices lie wholly on the first screen.
  assert.ok(firstTop(lines, /^I already…$/) < PHONE.height, screen);
  for (const choice of ['opened the link', 'typed my password', 'gave a code', 'installed an app', 'paid with gift cards']) {
    const l = lines.find((x) => x.text === choice);
    assert.ok(l && l.bottom <= PHONE.height, `"${choice}" is not on the first screen (${l ? Math.round(l.bottom) : 'absent'} px)`);
  }
  // Folded: the full list, the message and the routes are not on screen until opened.
  assert.doesNotMatch(screen, /trained classifier/i);
  assert.ok(!lines.some((l) => /reportphishing|ReportFraud/i.test(l.text)), 'report routes are folded');
  assert.ok(answerPx <= 3 * PHONE.height, `answer is ${answerPx} px`);

  // The choice opens the matching playbook in place, right under the choices.
  await page.getByText('gave a code', { exact: true }).click();
  const pb = await page.evaluate(() => {
    const box = document.querySelector('#next-steps .playbook')!;
    return { stage: box.getAttribute('data-stage'), top: box.getBoundingClientRect().top, under: document.querySelector('#next-block fieldset')!.getBoundingClientRect().bottom };
  });
  assert.equal(pb.stage, 'shared-code');
  assert.ok(pb.top >= pb.under && pb.top - pb.under < 40, JSON.stringify(pb));
  await ctx.close();
});

test('a checkable reason comes before the trained classifier, which is labelled as such', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await check(page, PRIZE);
  const expected = await analyze({ input: PRIZE }, { country: 'US' });
  assert.ok(expected.findings.some((f) => f.category === 'model'), 'the classifier fires on this text');
  const { lines } = await linesBelowVerdict(page);
  const screen = screenText(lines);
  const model = firstTop(lines, /^Trained classifier:/);
  assert.ok(model < PHONE.height, `the classifier is on the first screen here: ${screen}`);
  const checkable = await page.$eval('#reasons > li.checkable', (l) => l.getBoundingClientRect().top - document.getElementById('verdict')!.getBoundingClientRect().top);
  assert.ok(checkable < model, `checkable at ${checkable}, classifier at ${model}`);
  const last = await page.$eval('#reasons > li:last-child', (l) => l.className);
  assert.equal(last, 'model');
  await ctx.close();
});

test('the whole answer stays within three phone screens with sections closed, for four kinds of message', { skip, timeout: 180_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  for (const [text, from] of [[SCAM_TEXT], [SCAM_CALL], [PHISHING_EMAIL], [GENUINE_CODE, GENUINE_CODE_FROM]] as [string, string?][]) {
    await page.click('#clear');
    await check(page, text, from);
    const { answerPx } = await linesBelowVerdict(page);
    assert.ok(answerPx <= 3 * PHONE.height, `${text.slice(0, 30)}…: ${answerPx} px`);
    await page.fill('#from', '');
  }
  await ctx.close();
});

test('page weight: at most 300 KB before the first check; the engine chunk comes with the first check', { skip, timeout: 120_000 }, async () => {
  const web = DEFAULT_WEB_ROOT;
  const chunks = readdirSync(web).filter((n) => /^chunk-.*\.js$/.test(n));
  const engine = chunks.sort((a, b) => statSync(join(web, b)).size - statSync(join(web, a)).size)[0]!;
  // The weights are files now (models/), so the engine chunk holds the core and the packs only.
  assert.ok(statSync(join(web, engine)).size > 512 * 1024, 'the engine (core and packs) is one large chunk');
  assert.ok(readFileSync(join(web, 'sw.js'), 'utf8').includes(engine), 'the service worker knows the engine chunk');
  const ctx = await newContext();
  const page = await ctx.newPage();
  let bytes = 0;
  const seen: string[] = [];
  page.on('requestfinished', (r) => {
    seen.push(new URL(r.url()).pathname);
    void r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined);
  });
  await page.goto(server!.url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForTimeout(200);
  assert.ok(bytes > 0 && bytes <= 300 * 1024, `${Math.round(bytes / 1024)} KB before the first check`);
  assert.ok(!seen.includes(`/${engine}`), `the engine was fetched before any check: ${seen.join(' ')}`);
  await check(page, SCAM_TEXT);
  assert.ok(seen.includes(`/${engine}`), 'the first check fetched the engine');
  assert.ok(seen.includes('/text-model.bin'), `the first check fetched the text model's weights: ${seen.join(' ')}`);
  await ctx.close();
});

test('offline: after one visit with a check, the page reloads and checks a message with the network cut', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await check(page, SCAM_TEXT);
  // The service worker keeps the engine chunk once a check has used it.
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) {
      const c = await caches.open(k);
      if ((await c.keys()).some((r) => /chunk-.*\.js$/.test(r.url))) return true;
    }
    return false;
  }, null, { timeout: 30_000 });
  await ctx.setOffline(true);
  await page.reload();
  await page.waitForSelector('#message');
  await check(page, SCAM_CALL);
  const expected = await analyze({ input: SCAM_CALL }, { country: 'US' });
  assert.equal(await page.getAttribute('#verdict-box', 'data-verdict'), expected.verdict);
  assert.equal(await page.textContent('#verdict'), 'Likely scam');
  assert.deepEqual(await page.$$eval('#findings > li', (ls) => ls.map((l) => l.getAttribute('data-rule'))), expected.findings.filter((f) => f.effect !== 'lower').map((f) => f.ruleId));
  await ctx.setOffline(false);
  await ctx.close();
});

/** Pages in a PDF that Chromium printed (one /Type /Page object per page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('print: the result on at most two A4 pages, without the form, red flags included', { skip, timeout: 180_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  for (const text of [SCAM_TEXT, SCAM_CALL, PHISHING_EMAIL]) {
    await page.click('#clear');
    await check(page, text);
    // Registered after the page's own handler (set up by the first check), so it sees what the page opened for printing.
    await page.evaluate(() => {
      const w = window as unknown as { __printed?: boolean[] };
      if (w.__printed) return;
      w.__printed = [];
      addEventListener('beforeprint', () => w.__printed!.push((document.getElementById('flags-details') as HTMLDetailsElement).open));
    });
    await page.getByText('gave a code', { exact: true }).click();
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    assert.ok(pages >= 1 && pages <= 2, `${text.slice(0, 30)}…: ${pages} pages`);
    assert.equal(await page.evaluate(() => (document.getElementById('flags-details') as HTMLDetailsElement).open), false, 'folded again after printing');
  }
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __printed: boolean[] }).__printed), [true, true, true], 'the red flags were open while printing');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#check-form'), false, 'the form is not printed');
  assert.equal(await page.isVisible('.share-row'), false, 'nor the buttons');
  assert.equal(await page.isVisible('#verdict'), true);
  assert.equal(await page.isVisible('#next-steps .playbook'), true, 'the chosen playbook is printed');
  await page.emulateMedia({ media: 'screen' });
  await ctx.close();
});

test('"Send to someone you trust" copies a plain-text summary when there is no share sheet', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server!.url).origin });
  const page = await open(ctx);
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
  await check(page, SCAM_TEXT);
  await page.click('#share');
  await page.waitForSelector('#share-status:not(:empty)');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Impostor checked a message for me\.\nLikely scam \(Amazon\)\n/);
  assert.match(copied, /555-0173/);
  assert.match(copied, /Don’t call \(888\) 555-0173\./);
  assert.doesNotMatch(copied, /iPhone 15 \(\$1,249\.00\) on your account/, 'the message itself is not pasted in');
  // With a share sheet, the same text goes to it.
  await page.evaluate(() => {
    const w = window as unknown as { __shared?: ShareData };
    Object.defineProperty(navigator, 'share', { value: async (d: ShareData) => void (w.__shared = d), configurable: true });
  });
  await page.click('#share');
  assert.equal(await page.evaluate(() => (window as unknown as { __shared?: ShareData }).__shared?.text), copied);
  await ctx.close();
});

test('a German browser gets the page in German; the switcher changes it back and <html lang> follows', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext('de-DE');
  const page = await open(ctx);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.textContent('#submit'), 'Nachricht prüfen');
  assert.match(await page.title(), /Betrug/);
  await check(page, SCAM_TEXT);
  assert.equal(await page.textContent('#verdict'), 'Wahrscheinlich Betrug');
  assert.equal(await page.textContent('#brand'), 'Gibt sich aus als: Amazon');
  assert.equal(await page.textContent('#summary'), 'Das ist wahrscheinlich Betrug im Namen von Amazon. Fragen Sie bei Amazon nur über die eigene App oder Website nach.');
  // The German first screen holds the same: every "Ich habe schon …" choice is on it.
  const { lines } = await linesBelowVerdict(page);
  for (const choice of ['den Link geöffnet', 'mein Passwort eingegeben', 'einen Code weitergegeben', 'eine App installiert', 'mit Geschenkkarten bezahlt']) {
    const l = lines.find((x) => x.text === choice);
    assert.ok(l && l.bottom <= PHONE.height, `"${choice}" is not on the first screen (${l ? Math.round(l.bottom) : 'absent'} px)`);
  }
  assert.match((await page.textContent('#next-step')) ?? '', /Rufen Sie \(888\) 555-0173 nicht an\./);
  assert.equal(await page.textContent('#already-title'), 'Ich habe schon …');
  // Rule messages come from the engine in English, and are marked so for screen readers.
  assert.equal(await page.getAttribute('#reasons > li:first-child > span', 'lang'), 'en');
  await page.selectOption('#lang', 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#verdict'), 'Likely scam', 'the shown result follows the switch');
  assert.equal(await page.textContent('#submit'), 'Check the message');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is kept');
  await ctx.close();
});

test('accessibility: axe finds nothing serious with sections open, in German, at 200% zoom and in dark mode', { skip, timeout: 180_000 }, async () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const run = async (page: Page) => {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.length }));
    });
  };
  for (const [locale, scheme, zoom] of [['de-DE', 'light', 1], ['en-US', 'dark', 1], ['en-US', 'light', 2]] as const) {
    const ctx = await browser!.newContext({ viewport: { width: PHONE.width / zoom, height: PHONE.height / zoom }, deviceScaleFactor: zoom, locale, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(server!.url);
    await page.waitForSelector('html[data-ready="true"]');
    assert.deepEqual(await run(page), [], `${locale} ${scheme} ×${zoom}: empty form`);
    await check(page, SCAM_CALL);
    await page.locator('#stages input').nth(3).check();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    assert.deepEqual(await run(page), [], `${locale} ${scheme} ×${zoom}: result, every section open`);
    await ctx.close();
  }
});

test('no request left the test server', { skip }, () => {
  assert.deepEqual(outside, []);
});

test('a genuine code text: "Why it looks genuine" is on the first screen, above what was checked', { skip, timeout: 120_000 }, async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await check(page, GENUINE_CODE, GENUINE_CODE_FROM);
  const { lines } = await linesBelowVerdict(page);
  const title = firstTop(lines, /^Why it looks genuine$/);
  const checked = firstTop(lines, /^What Impostor checked$/);
  assert.ok(title < PHONE.height, `"Why it looks genuine" at ${title} px`);
  assert.ok(title < checked, `genuine reasons at ${title}, checked list at ${checked}`);
  const rules = await page.$$eval('#looks-genuine > li', (ls) => ls.map((l) => l.getAttribute('data-rule')));
  assert.ok(rules.includes('code-notice-without-request'), rules.join(','));
  await ctx.close();
});
