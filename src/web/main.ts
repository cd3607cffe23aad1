import {
  analyze,
  brandById,
  buildPlaybook,
  DEFAULT_LIMITS,
  isImpostorError,
  policySourceLabel,
  routeTarget,
  STAGES,
  type Evidence,
  type Finding,
  type Report,
  type StageId,
} from '../core/index.js';
import { segmentText, type MarkSpan } from './highlight.js';

// The page. Analysis runs here, in the browser, with the same core as the CLI; the server is
// called only when the person ticks the online authentication check (DNS look-ups a browser cannot
// make). Message text is only ever placed with text nodes, never parsed as HTML.

const VERDICT_WORDS: Record<Report['verdict'], string> = {
  likely_scam: 'Likely scam',
  suspicious: 'Suspicious',
  no_red_flags: 'No red flags found',
};

const CHANNEL_WORDS: Record<Report['channel'], string> = { email: 'an email', sms: 'a text message', call: 'a call' };

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function $(id: string): HTMLElement {
  const n = document.getElementById(id);
  if (!n) throw new Error(`missing #${id}`);
  return n;
}

/** Only http(s) URLs become links; anything else is shown as text. */
function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function extLink(url: string | undefined, text: string): Node {
  const href = safeHref(url);
  return href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text) : document.createTextNode(text);
}

function country(): string {
  const lang = navigator.language || 'en-US';
  return /-GB$/i.test(lang) ? 'GB' : 'US';
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const state: { file: { name: string; bytes: Uint8Array } | null; report: Report | null } = { file: null, report: null };

function setStatus(text: string, error = false): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function updatePrivacy(): void {
  const online = ($('online-auth') as HTMLInputElement).checked;
  const p = $('privacy');
  p.dataset.mode = online ? 'server' : 'local';
  p.textContent = online
    ? 'The message will be sent to this server, which looks up the sender’s DNS records to check SPF, DKIM and DMARC. The server does not keep it.'
    : 'The check runs in this browser: nothing you paste or open leaves this device.';
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
    $('online-auth-label').textContent = 'Check sender authentication online (not available on this server)';
    updatePrivacy();
  }
}

async function loadFile(file: File): Promise<void> {
  if (file.size > DEFAULT_LIMITS.maxInputBytes) {
    setStatus(`That file is ${formatBytes(file.size)}; the largest accepted is ${formatBytes(DEFAULT_LIMITS.maxInputBytes)}.`, true);
    return;
  }
  state.file = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  $('file-name').textContent = `Opened ${file.name} (${formatBytes(file.size)}). It will be checked instead of the text box.`;
  $('file-info').hidden = false;
  setStatus(`Opened ${file.name}. Press “Check the message”.`);
}

function clearFile(): void {
  state.file = null;
  ($('file') as HTMLInputElement).value = '';
  $('file-info').hidden = true;
}

async function analyzeOnServer(input: string | Uint8Array, channel: string, from: string | null): Promise<Report> {
  const res =
    typeof input === 'string'
      ? await fetch('/api/analyze', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: input, channel, from, country: country(), checkAuth: true }),
        })
      : await fetch(`/api/analyze?${new URLSearchParams({ channel, ...(from ? { from } : {}), country: country(), checkAuth: 'true' })}`, {
          method: 'POST',
          headers: { 'Content-Type': 'message/rfc822' },
          body: input as Uint8Array<ArrayBuffer>,
        });
  const body = (await res.json().catch(() => null)) as (Report & { error?: { message?: string } }) | null;
  if (!res.ok || !body || body.error) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
  return body;
}

async function check(): Promise<void> {
  const textarea = $('message') as HTMLTextAreaElement;
  const input: string | Uint8Array = state.file ? state.file.bytes : textarea.value;
  if (typeof input === 'string' && input.trim() === '') {
    setStatus('Paste a message or open an email file first.', true);
    textarea.focus();
    return;
  }
  let channel = ($('channel') as HTMLSelectElement).value;
  if (channel === 'auto' && state.file && /\.eml$/i.test(state.file.name)) channel = 'email';
  const from = ($('from') as HTMLInputElement).value.trim() || null;
  const online = ($('online-auth') as HTMLInputElement).checked;
  const submit = $('submit') as HTMLButtonElement;
  submit.disabled = true;
  setStatus(online ? 'Sending the message to this server for the authentication check…' : 'Checking in this browser…');
  try {
    const report = online ? await analyzeOnServer(input, channel, from) : await analyze({ input, channel, from }, { country: country() });
    state.report = report;
    render(report, online);
    setStatus(`Checked: ${VERDICT_WORDS[report.verdict]}.`);
    $('verdict').focus();
  } catch (err) {
    setStatus(isImpostorError(err) || err instanceof Error ? err.message : 'Something went wrong while checking.', true);
  } finally {
    submit.disabled = false;
  }
}

function evidenceItem(ev: Evidence, firstMark: Map<string, string>): HTMLLIElement {
  switch (ev.kind) {
    case 'text': {
      const id = firstMark.get(`${ev.start}:${ev.end}`);
      return el('li', {}, el('q', {}, ev.text), ' ', id ? el('a', { href: `#${id}` }, 'show in the message') : null);
    }
    case 'header':
      return el('li', {}, `In the ${ev.header} header: `, el('code', {}, ev.value));
    case 'link':
      return el('li', {}, 'Link ', el('q', {}, ev.text || ev.href), ' goes to ', el('code', {}, ev.href));
    case 'attachment':
      return el('li', {}, 'Attachment ', el('code', {}, ev.filename ?? '(no name)'), ` (${ev.mimeType})`);
  }
}

function renderMessageView(report: Report): Map<string, string> {
  const text = report.message.text;
  const spans: MarkSpan[] = [];
  report.findings.forEach((f, i) => {
    for (const ev of f.evidence) if (ev.kind === 'text') spans.push({ start: ev.start, end: ev.end, finding: i });
  });
  const view = $('message-view');
  view.replaceChildren();
  const firstMark = new Map<string, string>();
  const segs = segmentText(text.length, spans);
  const frag = document.createDocumentFragment();
  segs.forEach((s, k) => {
    const piece = text.slice(s.start, s.end);
    if (!s.findings.length) {
      frag.append(document.createTextNode(piece));
      return;
    }
    const id = `mark-${k}`;
    const nums = s.findings.map((f) => f + 1).join(', ');
    frag.append(el('mark', { id, 'data-findings': s.findings.join(' '), title: `Red flag ${nums}` }, piece));
    for (const sp of spans) if (sp.start === s.start && !firstMark.has(`${sp.start}:${sp.end}`)) firstMark.set(`${sp.start}:${sp.end}`, id);
    if (s.endsHere.length) frag.append(el('span', { class: 'ref' }, `[${s.endsHere.map((f) => f + 1).join(',')}]`));
  });
  view.append(frag);
  return firstMark;
}

function findingItem(f: Finding, i: number, firstMark: Map<string, string>): HTMLLIElement {
  const li = el('li', { id: `flag-${i + 1}`, 'data-rule': f.ruleId, class: f.effect === 'lower' ? 'lower' : 'raise' }, el('span', { class: 'flag-title' }, f.message));
  const evs = f.evidence.slice(0, 10);
  if (evs.length) li.append(el('ul', { class: 'evidence' }, ...evs.map((ev) => evidenceItem(ev, firstMark))));
  if (f.policy) {
    // Named by who published it: FTC guidance in a brand pack is never shown as "PayPal says".
    li.append(el('p', { class: 'policy' }, `${f.policy.statement} `, extLink(f.policy.url, `(${policySourceLabel(f.policy)})`)));
  }
  return li;
}

/**
 * A reporting route as a list item: name, what to do, and the address or number itself on its own
 * line ("Email: reportphishing@apple.com"), a link only for web forms.
 */
function routeItem(r: { name: string; how: string; kind: Parameters<typeof routeTarget>[0]['kind']; address: string; sourceUrl: string }): HTMLLIElement {
  const t = routeTarget(r);
  const target =
    r.kind === 'web'
      ? el('span', { class: 'route-target' }, `${t.label}: `, extLink(r.address, r.address))
      : el('span', { class: 'route-target' }, `${t.label}: `, el('code', {}, t.value), ' ', extLink(r.sourceUrl, '(source)'));
  return el('li', { 'data-kind': r.kind }, el('strong', {}, r.name), `: ${r.how} `, target);
}

function list(id: string, items: Node[]): void {
  const ul = $(id);
  ul.replaceChildren(...items.map((n) => (n instanceof HTMLLIElement ? n : el('li', {}, n))));
  const block = document.getElementById(`${id}-block`);
  if (block) block.hidden = items.length === 0;
}

/** The stage playbook, built here in the browser from the core (nothing is sent anywhere). */
function stepsFor(stage: StageId, report: Report): Node {
  const brand = report.brand ? (brandById(report.brand) ?? null) : null;
  const p = buildPlaybook(stage, { brand, country: country(), channel: report.channel });
  const box = el('div', { class: 'playbook', 'data-stage': p.stage }, el('h4', {}, p.title));
  const section = (title: string, items: string[], ordered = true) => {
    if (!items.length) return;
    box.append(el('h5', {}, title), el(ordered ? 'ol' : 'ul', {}, ...items.map((t) => el('li', {}, t))));
  };
  section('Right now', p.firstHour);
  if (p.brand) section(`In your ${p.brand.name} account`, p.brandSteps);
  section('Then', p.next);
  if (p.contacts.length) {
    box.append(
      el('h5', {}, 'Who to contact'),
      el('ul', {}, ...p.contacts.map((c) => el('li', {}, el('strong', {}, c.who), `: ${c.ask} `, c.how))),
    );
  }
  if (p.report.length) {
    box.append(
      el('h5', {}, 'Report it'),
      el(
        'ul',
        {},
        ...p.report.map((r) => routeItem({ name: r.name, how: r.how, kind: r.kind, address: r.address, sourceUrl: r.source.url })),
      ),
    );
  }
  if (p.seeAlso.length) {
    const titles = p.seeAlso.map((id) => STAGES.find((x) => x.id === id)?.title ?? id);
    box.append(el('p', { class: 'hint' }, `See also: ${titles.join('; ')}.`));
  }
  return box;
}

function renderStages(report: Report): void {
  const box = $('stages');
  box.replaceChildren(
    ...STAGES.map((s) => {
      const input = el('input', { type: 'radio', name: 'stage', value: s.id, id: `stage-${s.id}` });
      input.addEventListener('change', () => $('next-steps').replaceChildren(stepsFor(s.id, report)));
      return el('label', { for: `stage-${s.id}` }, input, s.label);
    }),
  );
  $('next-steps').replaceChildren();
}

function render(report: Report, online: boolean): void {
  $('result').hidden = false;
  $('verdict-box').dataset.verdict = report.verdict;
  $('verdict').textContent = VERDICT_WORDS[report.verdict];
  const brandName = report.brand ? (brandById(report.brand)?.name ?? report.brand) : null;
  $('brand').textContent = brandName ? `Pretends to be: ${brandName}` : '';
  $('brand').hidden = !brandName;
  $('summary').textContent = report.advice.summary;
  const sender = report.message.sender;
  $('sender-line').textContent = sender ? `Sender, as you gave it: ${sender} (checked as ${CHANNEL_WORDS[report.channel]})` : '';
  $('sender-line').hidden = !sender;
  // A clean result says what was checked and what this cannot know, so it never reads as an all-clear.
  const clean = report.verdict === 'no_red_flags';
  $('limits').hidden = !clean;
  $('checked').replaceChildren(...(clean ? report.advice.checked : []).map((c) => el('li', {}, c)));
  $('cannot-know').replaceChildren(...(clean ? report.advice.cannotKnow : []).map((c) => el('li', {}, c)));
  $('where').textContent = online
    ? 'Checked by this server, with an online sender authentication check.'
    : 'Checked in this browser. Nothing left this device.';

  const firstMark = renderMessageView(report);
  // Red flags and genuine evidence in two lists; each keeps its index, which the marks in the message use.
  const items = report.findings.map((f, i) => ({ f, li: findingItem(f, i, firstMark) }));
  const raise = items.filter((x) => x.f.effect !== 'lower').map((x) => x.li);
  const genuine = items.filter((x) => x.f.effect === 'lower').map((x) => x.li);
  $('findings').replaceChildren(...raise);
  $('no-flags').hidden = raise.length > 0;
  $('genuine').replaceChildren(...genuine);
  $('genuine-block').hidden = genuine.length === 0;

  list(
    'verify',
    report.advice.verify.map((v) => el('li', {}, v.text, v.url ? ' ' : null, v.url ? extLink(v.url, safeHref(v.url) ?? v.url) : null)),
  );
  list('donot', report.advice.doNot.map((d) => el('li', {}, d)));
  list(
    'report',
    report.advice.report.map((r) => routeItem({ name: r.name, how: r.how, kind: r.kind, address: r.address, sourceUrl: r.source })),
  );
  renderStages(report);
  $('next-block').hidden = report.verdict === 'no_red_flags';
  const warnings = report.warnings.slice(0, 20);
  $('warnings').replaceChildren(...warnings.map((w) => el('li', {}, w)));
  $('warnings-block').hidden = warnings.length === 0 && report.complete;
  if (!report.complete && !warnings.length) $('warnings').append(el('li', {}, 'Part of the message could not be checked.'));
}

function reset(): void {
  ($('message') as HTMLTextAreaElement).value = '';
  ($('from') as HTMLInputElement).value = '';
  ($('channel') as HTMLSelectElement).value = 'auto';
  clearFile();
  state.report = null;
  $('result').hidden = true;
  setStatus('');
  $('message').focus();
}

function init(): void {
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
    setStatus('File removed.');
    $('file').focus();
  });
  // Typing a new message means the person no longer wants the opened file checked.
  $('message').addEventListener('input', () => {
    if (state.file) {
      clearFile();
      setStatus('The opened file was set aside; the text box will be checked.');
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
  updatePrivacy();
  // The service worker (sw.ts) keeps the page for offline use; a browser without one just goes on.
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('sw.js').catch(() => undefined);
  void detectOnlineAuth().finally(() => {
    document.documentElement.dataset.ready = 'true';
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
