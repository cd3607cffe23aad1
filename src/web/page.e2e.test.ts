import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze, brandById, buildPlaybook } from '../core/index.js';
import { silentLogger } from '../server/logging.js';
import { DEFAULT_WEB_ROOT, startServer, type RunningServer } from '../server/node.js';
import { SCAM_EML as EML, SCAM_SMS } from '../server/test-fixtures.js';

// The page in a real browser: Debian's Chromium driven by playwright-core (never a downloaded
// browser). Phone-sized viewport, every request outside the test server is refused and recorded.

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y --no-install-recommends chromium`;

let server: RunningServer | undefined;
/** A second server with a stand-in DNS checker, to test the online option end to end. */
let authServer: RunningServer | undefined;
const authSeen: string[] = [];
const origins = new Set<string>();
let context: BrowserContext | undefined;
let profile: string | undefined;
const outside: string[] = [];
const apiCalls: string[] = [];
const cspErrors: string[] = [];

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'app.js')), 'dist/web/app.js is missing: run npm run build');
  server = await startServer({ host: '127.0.0.1', port: 0, logger: silentLogger });
  authServer = await startServer({
    host: '127.0.0.1',
    port: 0,
    logger: silentLogger,
    onlineAuth: async (raw) => {
      authSeen.push(new TextDecoder().decode(raw));
      return {};
    },
  });
  origins.add(new URL(server.url).origin).add(new URL(authServer.url).origin);
  profile = mkdtempSync(join(tmpdir(), 'impostor-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || origins.has(new URL(url).origin)) {
      if (url.includes('/api/analyze')) apiCalls.push(url);
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  await authServer?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPage(at: RunningServer = server!): Promise<Page> {
  const page = await context!.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(at.url);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function verdictOf(page: Page) {
  await page.waitForSelector('#result:not([hidden]) #verdict:not(:empty)');
  return {
    verdict: await page.getAttribute('#verdict-box', 'data-verdict'),
    marks: await page.$$eval('#message-view mark', (ms) => ms.map((m) => m.textContent ?? '')),
    rules: await page.$$eval('#findings > li', (ls) => ls.map((l) => l.getAttribute('data-rule'))),
    where: await page.textContent('#where'),
  };
}

test('paste a scam text: verdict and highlighted evidence appear, computed in the browser', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  await page.fill('#message', SCAM_SMS);
  await page.click('#submit');
  const shown = await verdictOf(page);
  const expected = await analyze({ input: SCAM_SMS, channel: 'auto', from: null }, { country: 'US' });
  assert.equal(shown.verdict, expected.verdict);
  assert.notEqual(shown.verdict, 'no_red_flags');
  assert.deepEqual(shown.rules, expected.findings.map((f) => f.ruleId));
  assert.ok(shown.marks.length > 0, 'evidence is marked in the message');
  for (const m of shown.marks) assert.ok(SCAM_SMS.includes(m), `mark "${m}" is not from the message`);
  assert.match(shown.where ?? '', /this browser/i);
  assert.deepEqual(apiCalls, [], 'nothing was sent to the server');

  // A finding's "show in the message" link targets a mark, and opens the folded message to show it.
  await page.click('#flags-details > summary');
  const href = await page.getAttribute('#findings a[href^="#mark-"]', 'href');
  assert.ok(href);
  assert.equal(await page.isVisible('#message-view'), false, 'the message is folded until asked for');
  await page.click(`#findings a[href="${href}"]`);
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.tagName), 'MARK');
  assert.equal(await page.isVisible(`#message-view ${href}`), true);

  // What happened next → that stage's playbook, built in the browser by the core.
  await page.check('#stage-shared-code');
  const playbook = buildPlaybook('shared-code', { brand: expected.brand ? brandById(expected.brand) : null, country: 'US', channel: expected.channel });
  assert.ok(playbook.firstHour.length > 0);
  assert.equal(await page.getAttribute('#next-steps .playbook', 'data-stage'), 'shared-code');
  const firstHour = await page.$$eval('#next-steps .playbook ol:first-of-type li', (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(firstHour, playbook.firstHour);
  assert.deepEqual(apiCalls, [], 'the playbook was not fetched from the server');

  // Phone-sized screen: nothing wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);

  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: join('test-artifacts', 'page-sms.png'), fullPage: true });
  await page.close();
});

test('open an .eml file: same verdict and evidence as the core', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  await page.setInputFiles('#file', { name: 'suspicious.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EML) });
  await page.waitForSelector('#file-info:not([hidden])');
  await page.click('#submit');
  const shown = await verdictOf(page);
  const expected = await analyze({ input: new TextEncoder().encode(EML), channel: 'email' }, { country: 'US' });
  assert.equal(shown.verdict, expected.verdict);
  assert.notEqual(shown.verdict, 'no_red_flags');
  assert.deepEqual(shown.rules, expected.findings.map((f) => f.ruleId));
  assert.ok(shown.marks.length > 0);
  for (const m of shown.marks) assert.ok(expected.message.text.includes(m));
  assert.deepEqual(apiCalls, []);
  await page.screenshot({ path: join('test-artifacts', 'page-eml.png'), fullPage: true });
  await page.close();
});

test('online authentication is offered only by a server that can do it, and the page says it sends the email', { skip, timeout: 120_000 }, async () => {
  const plain = await openPage();
  assert.equal(await plain.isDisabled('#online-auth'), true, 'this server has no DNS checker');
  await plain.close();

  const page = await openPage(authServer);
  assert.equal(await page.getAttribute('#privacy', 'data-mode'), 'local');
  await page.check('#online-auth');
  assert.equal(await page.getAttribute('#privacy', 'data-mode'), 'server');
  await page.fill('#message', EML);
  await page.click('#submit');
  const shown = await verdictOf(page);
  assert.match(shown.where ?? '', /server/i);
  assert.equal(apiCalls.length, 1);
  assert.deepEqual(authSeen, [EML.replace(/\r\n/g, '\n')], 'the DNS checker got the email the person pasted');
  const expected = await analyze({ input: EML }, { country: 'US' });
  assert.equal(shown.verdict, expected.verdict);
  apiCalls.length = 0;
  await page.close();
});

// Issue 15: the sender field, an honest "no red flags", regulator attribution and route addresses.
const PASTED_BODY = 'Dear customer,\n\nYour PayPal account is limited. Confirm your details within 24 hours at https://paypal-resolve.example/login\n\nPayPal Team';

test('the labelled sender field reaches the analysis: an email address makes a pasted body an email', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  await page.fill('#message', PASTED_BODY);
  await page.getByLabel('Sender (as your phone shows it)').fill('service@paypa1-support.example');
  await page.click('#submit');
  const shown = await verdictOf(page);
  const expected = await analyze({ input: PASTED_BODY, channel: 'auto', from: 'service@paypa1-support.example' }, { country: 'US' });
  assert.equal(expected.channel, 'email');
  assert.equal(shown.verdict, expected.verdict);
  assert.deepEqual(shown.rules, expected.findings.map((f) => f.ruleId));
  assert.ok(shown.rules.includes('lookalike-sender-domain'), 'the typed sender was checked');
  assert.equal(await page.textContent('#sender-line'), 'Sender, as you gave it: service@paypa1-support.example (checked as an email)');
  const notes = await page.$$eval('#warnings li', (ls) => ls.map((l) => l.textContent ?? ''));
  assert.ok(notes.some((n) => n.startsWith('no_headers:') && n.includes('could not be checked')), notes.join('; '));
  assert.deepEqual(apiCalls, [], 'checked in the browser');

  // A phone number stays a text message, and the page says what it was checked as.
  await page.click('#clear');
  await page.fill('#message', SCAM_SMS);
  await page.getByLabel('Sender (as your phone shows it)').fill('+1 202 555 0143');
  await page.click('#submit');
  await page.waitForSelector('#sender-line:not([hidden])');
  assert.equal(await page.textContent('#sender-line'), 'Sender, as you gave it: +1 202 555 0143 (checked as a text message)');
  await page.close();
});

test('no red flags: a neutral panel that says what was checked and what it cannot know', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  const text = 'Hey, are we still on for dinner at 7? I booked the table.';
  await page.fill('#message', text);
  await page.getByLabel('Sender (as your phone shows it)').fill('+1 202 555 0143');
  await page.click('#submit');
  const shown = await verdictOf(page);
  const expected = await analyze({ input: text, channel: 'auto', from: '+1 202 555 0143' }, { country: 'US' });
  assert.equal(expected.verdict, 'no_red_flags');
  assert.equal(shown.verdict, 'no_red_flags');
  assert.equal(await page.textContent('#verdict'), 'No red flags found');
  assert.equal(await page.textContent('#summary'), expected.advice.summary);
  assert.match(expected.advice.summary, /This does not mean it is safe/);
  assert.equal(await page.isVisible('#limits'), true);
  assert.deepEqual(await page.$$eval('#checked li', (ls) => ls.map((l) => l.textContent)), expected.advice.checked);
  assert.deepEqual(await page.$$eval('#cannot-know li', (ls) => ls.map((l) => l.textContent)), expected.advice.cannotKnow);
  // No green "all clear": the panel uses the neutral colours, not the page's green ones.
  const look = await page.evaluate(() => {
    const box = getComputedStyle(document.getElementById('verdict-box')!);
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement('div');
    document.body.append(probe);
    const colour = (v: string) => ((probe.style.color = root.getPropertyValue(v).trim()), getComputedStyle(probe).color);
    const out = { bg: box.backgroundColor, border: box.borderLeftColor, okBg: colour('--ok-bg'), okFg: colour('--ok-fg'), neutralBg: colour('--neutral-bg') };
    probe.remove();
    return out;
  });
  assert.notEqual(look.bg, look.okBg);
  assert.notEqual(look.border, look.okFg);
  assert.equal(look.bg, look.neutralBg);
  // A red-flag result does not show the clean-result panel.
  await page.fill('#message', SCAM_SMS);
  await page.click('#submit');
  await page.waitForSelector('#verdict-box:not([data-verdict="no_red_flags"])');
  assert.equal(await page.isVisible('#limits'), false);
  await page.close();
});

test('FTC guidance is shown as the FTC’s, and every report route shows its address or number', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  const text = 'PayPal: your account is limited. To restore it, pay the $50 fee with Google Play gift cards and text us the codes.';
  await page.fill('#message', text);
  await page.click('#submit');
  await verdictOf(page);
  const policy = await page.textContent('#findings > li[data-rule="gift-card-payment-request"] .policy');
  assert.match(policy ?? '', /^FTC guidance: gift cards are for gifts, not payments.*\(source: FTC, not PayPal’s own words\)$/);
  assert.doesNotMatch(await page.textContent('#findings') ?? '', /PayPal says: FTC/);
  const routes = await page.$$eval('#report-details li[data-kind]', (ls) => ls.map((l) => ({ kind: l.getAttribute('data-kind'), target: l.querySelector('.route-target')?.textContent ?? '' })));
  assert.ok(routes.length > 0);
  for (const r of routes) assert.match(r.target, /^(?:Open|Email|Text|Call|In the app): \S/, JSON.stringify(r));
  assert.ok(routes.some((r) => r.kind === 'sms' && r.target.startsWith('Text: 7726')), JSON.stringify(routes));
  // The stage playbook's routes too.
  await page.check('#stage-paid-gift-card');
  const playbookTargets = await page.$$eval('#next-steps .route-target', (ts) => ts.map((t) => t.textContent ?? ''));
  assert.ok(playbookTargets.some((t) => t.startsWith('Call: +1 877 382 4357')), playbookTargets.join(' | '));

  await page.click('#clear');
  await page.fill('#message', 'Apple: your Apple ID is locked. Send the code we texted you to unlock it: http://apple-id-unlock.top/x');
  await page.click('#submit');
  await page.waitForSelector('#report-details li[data-kind="email"]', { state: 'attached' });
  assert.match((await page.textContent('#report-details li[data-kind="email"] .route-target')) ?? '', /^Email: reportphishing@apple\.com/);
  await page.screenshot({ path: join('test-artifacts', 'page-routes.png'), fullPage: true });
  await page.close();
});

test('message text is never interpreted as HTML', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  const hostile = `Amazon: buy gift cards now <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <b>bold</b>`;
  await page.fill('#message', hostile);
  await page.click('#submit');
  await verdictOf(page);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.$$eval('#result img, #result script, #result b', (n) => n.length), 0);
  const shownText = await page.evaluate(() => {
    const view = document.getElementById('message-view')!.cloneNode(true) as HTMLElement;
    for (const r of view.querySelectorAll('.ref')) r.remove();
    return view.textContent;
  });
  assert.equal(shownText, (await analyze({ input: hostile })).message.text, 'the message is shown verbatim, as text');
  await page.close();
});

test('accessibility: axe-core finds no serious or critical violations', { skip, timeout: 120_000 }, async () => {
  const page = await openPage();
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Evaluated over the DevTools protocol, so the page's CSP (no inline scripts) stays as served.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const run = async () =>
    page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
  const bad = (vs: { impact: string }[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad(await run()), [], 'empty form');
  await page.fill('#message', SCAM_SMS);
  await page.click('#submit');
  await verdictOf(page);
  await page.check('#stage-shared-code');
  assert.deepEqual(bad(await run()), [], 'with a report shown');
  await page.close();
});

test('no request left the test server and the CSP was never violated', { skip }, () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(cspErrors, []);
});
