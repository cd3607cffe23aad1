#!/usr/bin/env node
// Measures the answer on a phone screen (390x844, Debian's Chromium) for four sample messages:
// the height from the verdict to the end of the page and the words below the verdict, with
// folded sections closed, plus the bytes sent before the first check. Saves a first-screen
// screenshot per sample: node scripts/page-metrics.mjs [label] → docs/screenshots/<sample>-<label>.png
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { silentLogger } from '../dist/src/server/logging.js';
import { startServer } from '../dist/src/server/node.js';
import { GENUINE_CODE_FROM, PAGE_SAMPLES } from '../dist/src/web/page-samples.js';

const label = process.argv[2] ?? 'now';
const { SCAM_TEXT, SCAM_CALL, PHISHING_EMAIL, GENUINE_CODE } = PAGE_SAMPLES;
const SAMPLES = {
  'scam-text': { text: SCAM_TEXT },
  'scam-call': { text: SCAM_CALL },
  'phishing-email': { text: PHISHING_EMAIL },
  'genuine-code-text': { text: GENUINE_CODE, from: GENUINE_CODE_FROM },
};

const server = await startServer({ host: '127.0.0.1', port: 0, logger: silentLogger });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const dir = join('docs', 'screenshots');
mkdirSync(dir, { recursive: true });
const rows = [];
try {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  for (const [name, s] of Object.entries(SAMPLES)) {
    const page = await ctx.newPage();
    let bytes = 0;
    page.on('requestfinished', async (r) => {
      try {
        const z = await r.sizes();
        bytes += z.responseBodySize + z.responseHeadersSize;
      } catch {}
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const before = bytes;
    await page.fill('#message', s.text);
    if (s.from) await page.fill('#from', s.from);
    await page.click('#submit');
    await page.waitForSelector('#result:not([hidden]) #verdict:not(:empty)');
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => {
      const v = document.getElementById('verdict');
      const top = v.getBoundingClientRect().top + scrollY;
      let words = 0;
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n; (n = w.nextNode()); ) {
        const el = n.parentElement;
        // checkVisibility: Chromium lays out a closed <details>' content (content-visibility:
        // hidden), so offsetParent alone would count the words of folded sections.
        if (!el || !el.offsetParent || !el.checkVisibility() || !n.textContent.trim()) continue;
        const r = el.getBoundingClientRect();
        if (r.top + scrollY >= top - 2 && r.height > 0) words += (n.textContent.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:/@-]*/gu) ?? []).length;
      }
      return { verdict: v.textContent, top: Math.round(top), height: Math.round(document.body.scrollHeight - top), words };
    });
    await page.evaluate((t) => window.scrollTo(0, t - 8), m.top);
    await page.screenshot({ path: join(dir, `${name}-${label}.png`) });
    rows.push({ sample: name, verdict: m.verdict, verdictTop: m.top, answerPx: m.height, screens: +(m.height / 844).toFixed(2), words: m.words, kBBeforeCheck: Math.round(before / 1024) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
