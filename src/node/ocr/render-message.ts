import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Real screenshots of text messages for the OCR tests and the agreement script: a phone's message
// screen (status bar, sender, "Text Message • Today" line, the bubble) drawn by Debian's Chromium
// through playwright-core (never a downloaded browser) and captured as PNG at a phone's pixel ratio.

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM}; install it with: apt-get install -y --no-install-recommends chromium fonts-ipafont-gothic`;

export interface ShotMessage {
  sender: string;
  text: string;
  /** Phone look: iOS-like (grey bubble, centred sender) or Android-like (sender in a top bar). */
  style?: 'ios' | 'android';
  /** Clock shown in the status bar. */
  clock?: string;
  /** The date/service line. */
  dateLine?: string;
  /** Dark mode: light text on black, as many phones are set. */
  dark?: boolean;
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function messageHtml(m: ShotMessage): string {
  const font = "'DejaVu Sans','IPAGothic',sans-serif";
  const status = `<div style="display:flex;justify-content:space-between;padding:10px 22px 6px;font-weight:600;font-size:15px"><span>${esc(m.clock ?? '9:41')}</span><span>5G&nbsp;&nbsp;87%</span></div>`;
  const date = `<div style="text-align:center;color:#8a8a8e;font-size:12px;margin:14px 0 8px">${esc(m.dateLine ?? 'Text Message • Today 10:32 AM')}</div>`;
  const bubble = (bg: string, fg: string) =>
    `<div style="margin:0 70px 0 12px;background:${bg};color:${fg};border-radius:18px;padding:9px 14px;font-size:16px;line-height:1.32;overflow-wrap:anywhere;white-space:pre-wrap">${esc(m.text)}</div>`;
  const body =
    m.style === 'android'
      ? `${status}<div style="background:${m.dark ? '#202124' : '#f1f3f4'};padding:12px 16px;font-size:18px;font-weight:500;border-bottom:1px solid ${m.dark ? '#3c4043' : '#ddd'}">&larr;&nbsp;&nbsp;${esc(m.sender)}</div>${date}${m.dark ? bubble('#303134', '#e8eaed') : bubble('#e8eaed', '#202124')}`
      : `${status}<div style="text-align:center;padding:4px 0 10px;border-bottom:1px solid ${m.dark ? '#38383a' : '#e5e5ea'}"><div style="margin:0 auto 4px;width:44px;height:44px;border-radius:50%;background:#b8bcc6"></div><div style="font-size:13px">${esc(m.sender)}</div></div>${date}${m.dark ? bubble('#262629', '#fff') : bubble('#e9e9eb', '#000')}`;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;width:390px;background:${m.dark ? '#000' : '#fff'};color:${m.dark ? '#fff' : '#000'};font-family:${font}">${body}<div style="height:36px"></div></body></html>`;
}

export interface Renderer {
  shot(m: ShotMessage): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Start Chromium once; each shot is a full-page PNG at device pixel ratio 2. No network is used. */
export async function startRenderer(): Promise<Renderer> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page: Page = await browser.newPage({ viewport: { width: 390, height: 400 }, deviceScaleFactor: 2 });
  // Only the page itself: nothing outside is fetched.
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') || route.request().url() === 'about:blank' ? route.continue() : route.abort()));
  return {
    async shot(m) {
      await page.setContent(messageHtml(m), { waitUntil: 'load' });
      return new Uint8Array(await page.screenshot({ fullPage: true, type: 'png' }));
    },
    close: () => browser.close(),
  };
}
