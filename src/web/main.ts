import { lookup, pickLocale, isLocale, type Locale, type UiKey } from './i18n/index.js';
import type { Report } from '../core/index.js';
import type { ResultView } from './result.js';

// The page's first script: the form, the interface strings and the service-worker registration,
// nothing of the core. The analysis (the core with its brand packs and learned weights) and the
// result view live in ./result.ts, imported on the first check, so a visit that checks nothing
// downloads a few tens of kB. Analysis runs in the browser; the server is called only when the
// person ticks the online authentication check (DNS look-ups a browser cannot make). Message text
// is only ever placed with text nodes, never parsed as HTML.

/** Largest input accepted (the core's DEFAULT_LIMITS.maxInputBytes, checked again by the core). */
const MAX_INPUT_BYTES = 25 * 1024 * 1024;
const LANG_KEY = 'impostor-lang';

function $(id: string): HTMLElement {
  const n = document.getElementById(id);
  if (!n) throw new Error(`missing #${id}`);
  return n;
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

const state: {
  locale: Locale;
  file: { name: string; bytes: Uint8Array; type?: string } | null;
  report: Report | null;
  online: boolean;
  view: ResultView | null;
} = { locale: pickLocale(storedLocale(), navigator.languages ?? [navigator.language]), file: null, report: null, online: false, view: null };

function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return lookup(state.locale, key, vars).s;
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function country(): string {
  const lang = navigator.language || 'en-US';
  return /-GB$/i.test(lang) ? 'GB' : /-IN$/i.test(lang) ? 'IN' : 'US';
}

/** The interface in the chosen language: every element marked data-i18n, the title, <html lang>. */
function applyLocale(): void {
  document.documentElement.lang = state.locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = lookup(state.locale, node.dataset.i18n as UiKey);
    node.textContent = text.s;
    if (text.lang !== state.locale) node.lang = text.lang;
    else node.removeAttribute('lang');
  }
  document.title = t('title');
  ($('lang') as HTMLSelectElement).value = state.locale;
  updatePrivacy();
  screenshotHint();
  if (($('online-auth') as HTMLInputElement).disabled) $('online-auth-label').textContent = t('onlineUnavailable');
  if (state.report && state.view) state.view.render(state.report, state.online, ctx());
}

function ctx() {
  return { locale: state.locale, t, country: country() };
}

let engine: Promise<typeof import('./result.js')> | null = null;
/** The analysis chunk, fetched once, on the first check (the service worker keeps it from then on). */
function loadEngine(): Promise<typeof import('./result.js')> {
  engine ??= import('./result.js').catch((err: unknown) => {
    engine = null;
    throw err;
  });
  return engine;
}

function setStatus(text: string, error = false): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function updatePrivacy(): void {
  const online = ($('online-auth') as HTMLInputElement).checked;
  const p = $('privacy');
  p.dataset.mode = online ? 'server' : 'local';
  p.textContent = online ? t('privacyServer') : t('privacyLocal');
}

/** The online check needs a server that can make DNS look-ups; offer it only when this one can. */
async function detectOnlineAuth(): Promise<void> {
  const box = $('online-auth') as HTMLInputElement;
  let available = false;
  try {
    const res = await fetch('/healthz', { headers: { Accept: 'application/json' } });
    available = res.ok && ((await res.json()) as { onlineAuth?: boolean }).onlineAuth === true;
  } catch {
    available = false;
  }
  box.disabled = !available;
  if (!available) {
    box.checked = false;
    $('online-auth-label').textContent = t('onlineUnavailable');
    updatePrivacy();
  }
}

async function loadFile(file: File): Promise<void> {
  if (file.size > MAX_INPUT_BYTES) {
    setStatus(t('fileTooBig', { size: formatBytes(file.size), max: formatBytes(MAX_INPUT_BYTES) }), true);
    return;
  }
  state.file = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), type: file.type };
  $('file-name').textContent = t('fileInfo', { name: file.name, size: formatBytes(file.size) });
  $('file-info').hidden = false;
  setStatus(t('fileOpened', { name: file.name }));
}

/** PNG, JPEG or WebP, what phones save screenshots as (here, not in ./screenshot.ts, so that OCR loads only for an image). */
function isScreenshotFile(f: { name: string; type?: string }): boolean {
  return /^image\/(?:png|jpeg|webp)$/.test(f.type ?? '') || /\.(?:png|jpe?g|webp)$/i.test(f.name);
}

/** The screenshot line under the file field, in the page's language (its own strings, ./screenshot.ts has the rest). */
function screenshotHint(): void {
  const hint = document.getElementById('shot-hint');
  if (hint) {
    hint.textContent = state.locale === 'de'
      ? 'Oder ein Screenshot (PNG, JPEG, WebP), auch eingefügt: Der Text wird auf diesem Gerät gelesen, nichts wird hochgeladen.'
      : 'Or a screenshot (PNG, JPEG, WebP), also pasted: its text is read on this device, nothing is uploaded.';
  }
}

function clearFile(): void {
  state.file = null;
  ($('file') as HTMLInputElement).value = '';
  $('file-info').hidden = true;
}

async function check(): Promise<void> {
  const textarea = $('message') as HTMLTextAreaElement;
  const input: string | Uint8Array = state.file ? state.file.bytes : textarea.value;
  if (typeof input === 'string' && input.trim() === '') {
    setStatus(t('empty'), true);
    textarea.focus();
    return;
  }
  // A screenshot is read here first (OCR in this browser, ./screenshot.ts), then checked as its text.
  const shot = state.file && isScreenshotFile(state.file) ? state.file : null;
  let channel = ($('channel') as HTMLSelectElement).value;
  if (channel === 'auto' && state.file && /\.eml$/i.test(state.file.name)) channel = 'email';
  let from = ($('from') as HTMLInputElement).value.trim() || null;
  const online = ($('online-auth') as HTMLInputElement).checked;
  const submit = $('submit') as HTMLButtonElement;
  submit.disabled = true;
  setStatus(online ? t('checkingServer') : t('checking'));
  let mod: typeof import('./result.js');
  try {
    mod = await loadEngine();
  } catch {
    setStatus(t('loadFailed'), true);
    submit.disabled = false;
    return;
  }
  try {
    let ocr: import('../core/index.js').OcrInfo | undefined;
    let text: string | Uint8Array = input;
    let shotMod: typeof import('./screenshot.js') | null = null;
    if (shot) {
      shotMod = await import('./screenshot.js');
      const s = shotMod.strings(state.locale);
      setStatus(s.loading);
      const read = await shotMod.readScreenshot(shot.bytes, shot.type ?? '', (p) => setStatus(s.reading(p)));
      if (!read.input.trim()) throw new Error(s.none);
      text = read.input;
      from ??= read.from;
      ocr = read.ocr;
    }
    const report = await mod.runCheck({ input: text, channel, from, online, country: country(), ...(ocr ? { ocr } : {}) });
    state.report = report;
    state.online = online;
    state.view ??= mod.createView();
    state.view.render(report, online, ctx());
    document.getElementById('screenshot-figure')?.remove();
    const figure = shot && shotMod ? shotMod.screenshotFigure(report, shot.bytes, shot.type ?? '', state.locale) : null;
    if (figure) $('result').insertBefore(figure, document.getElementById('why-block'));
    setStatus(t('checked', { verdict: t(`verdict.${report.verdict}`) }));
    $('verdict').focus();
    keepAnalysis();
  } catch (err) {
    setStatus(err instanceof Error ? err.message : t('failed'), true);
  } finally {
    submit.disabled = false;
  }
}

/** Tell the service worker the analysis chunks are wanted, so the next visit checks offline. */
function keepAnalysis(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((r) => r.active?.postMessage('keep-analysis')).catch(() => undefined);
}

function reset(): void {
  ($('message') as HTMLTextAreaElement).value = '';
  ($('from') as HTMLInputElement).value = '';
  ($('channel') as HTMLSelectElement).value = 'auto';
  clearFile();
  document.getElementById('screenshot-figure')?.remove();
  state.report = null;
  $('result').hidden = true;
  setStatus('');
  $('message').focus();
}

/** "Share → Impostor" from another app opens /?text=… (the manifest's share_target): fill the box. */
function sharedIn(): void {
  const q = new URLSearchParams(location.search);
  const text = [q.get('title'), q.get('text'), q.get('url')].filter((x): x is string => !!x && x.trim() !== '').join('\n');
  if (text) ($('message') as HTMLTextAreaElement).value = text;
}

function init(): void {
  applyLocale();
  sharedIn();
  $('lang').addEventListener('change', (e) => {
    const v = (e.target as HTMLSelectElement).value;
    if (!isLocale(v)) return;
    state.locale = v;
    try {
      localStorage.setItem(LANG_KEY, v);
    } catch {
      /* private mode: the choice lasts for this visit */
    }
    applyLocale();
  });
  $('check-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void check();
  });
  $('clear').addEventListener('click', reset);
  $('online-auth').addEventListener('change', updatePrivacy);
  $('file').addEventListener('change', (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) void loadFile(f);
  });
  $('file-remove').addEventListener('click', () => {
    clearFile();
    setStatus(t('fileRemoved'));
    $('file').focus();
  });
  // Typing a new message means the person no longer wants the opened file checked.
  $('message').addEventListener('input', () => {
    if (state.file) {
      clearFile();
      setStatus(t('fileSetAside'));
    }
  });
  // A screenshot pasted anywhere on the page (not text pasted into the box) is opened like a file.
  document.addEventListener('paste', (e) => {
    const f = e.clipboardData?.files?.[0];
    if (f && isScreenshotFile({ name: f.name, type: f.type })) {
      e.preventDefault();
      void loadFile(f);
    }
  });
  let depth = 0;
  document.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) document.body.classList.remove('dragging');
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    const f = e.dataTransfer?.files?.[0];
    if (f) void loadFile(f);
  });
  // The service worker (sw.ts) keeps the page for offline use; a browser without one just goes on.
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('sw.js').catch(() => undefined);
  void detectOnlineAuth().finally(() => {
    document.documentElement.dataset.ready = 'true';
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
