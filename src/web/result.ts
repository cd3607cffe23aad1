import {
  analyze,
  brandById,
  buildPlaybook,
  fetchModelSource,
  hasModelSource,
  setModelSource,
  policySourceLabel,
  routeTarget,
  STAGES,
  type Evidence,
  type Finding,
  type Report,
  type ReportRoute,
  type StageId,
} from '../core/index.js';
import { genuineReasons, isModelFinding, nextStep, rankRoutes, reasonHead, shareText, topReasons } from './answer.js';
import { segmentText, type MarkSpan } from './highlight.js';
import type { Locale, UiKey } from './i18n/index.js';

// The result view and the analysis, in the chunk the page imports on the first check (with the
// core and its brand packs; the learned models' files are fetched on the first check). The first
// screen after "Check" holds the verdict and brand, the one to three strongest checkable reasons,
// the single next step and the "I already…" choice that opens the matching playbook in place;
// everything else (all red flags, the marked-up message, more advice, report routes, notes) is in
// sections closed by default.

// The learned models are files of this site (text-model.json/.bin, url-model.json/.bin; see
// scripts/build-web.mjs), fetched when the first check needs them and kept by the service worker.
if (!hasModelSource()) setModelSource(fetchModelSource(new URL('.', location.href)));

export interface ViewContext {
  locale: Locale;
  t: (key: UiKey, vars?: Record<string, string | number>) => string;
  country: string;
}

export interface CheckRequest {
  input: string | Uint8Array;
  channel: string;
  from: string | null;
  online: boolean;
  country: string;
  /** The text was read off a screenshot in this browser (./screenshot.ts): kept in the report. */
  ocr?: import('../core/index.js').OcrInfo;
}

export async function runCheck(req: CheckRequest): Promise<Report> {
  if (req.online) return analyzeOnServer(req);
  return analyze({ input: req.input, channel: req.channel, from: req.from, ...(req.ocr ? { ocr: req.ocr } : {}) }, { country: req.country });
}

async function analyzeOnServer({ input, channel, from, country }: CheckRequest): Promise<Report> {
  const res =
    typeof input === 'string'
      ? await fetch('/api/analyze', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text: input, channel, from, country, checkAuth: true }),
        })
      : await fetch(`/api/analyze?${new URLSearchParams({ channel, ...(from ? { from } : {}), country, checkAuth: 'true' })}`, {
          method: 'POST',
          headers: { 'Content-Type': 'message/rfc822' },
          body: input as Uint8Array<ArrayBuffer>,
        });
  const body = (await res.json().catch(() => null)) as (Report & { error?: { message?: string } }) | null;
  if (!res.ok || !body || body.error) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
  return body;
}

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

/** The five things people most often did before they asked; the rest of the stages are one tap further. */
const FIRST_STAGES: StageId[] = ['clicked-link', 'entered-password', 'shared-code', 'remote-access', 'paid-gift-card'];

export interface ResultView {
  render(report: Report, online: boolean, c: ViewContext): void;
}

export function createView(): ResultView {
  let current: { report: Report; online: boolean; c: ViewContext; share: string } | null = null;

  // Text from the core (rule messages, advice, playbooks) is English; on a page in another language
  // it is marked lang="en" so a screen reader reads it as English.
  const en = <T extends HTMLElement>(node: T, c: ViewContext): T => {
    if (c.locale !== 'en') node.lang = 'en';
    return node;
  };

  function evidenceItem(ev: Evidence, firstMark: Map<string, string>, c: ViewContext): HTMLLIElement {
    switch (ev.kind) {
      case 'text': {
        const id = firstMark.get(`${ev.start}:${ev.end}`);
        return el('li', {}, el('q', {}, ev.text), ' ', id ? el('a', { href: `#${id}`, class: 'to-mark' }, c.t('showInMessage')) : null);
      }
      case 'header':
        return el('li', {}, `${c.t('evHeader', { header: ev.header })} `, el('code', {}, ev.value));
      case 'link':
        return el('li', {}, c.t('evLink', { text: `“${ev.text || ev.href}”` }), ' ', el('code', {}, ev.href));
      case 'attachment':
        return el('li', {}, `${c.t('evAttachment')} `, el('code', {}, ev.filename ?? '(no name)'), ` (${ev.mimeType})`);
    }
  }

  function renderMessageView(report: Report, c: ViewContext): Map<string, string> {
    const text = report.message.text;
    const spans: MarkSpan[] = [];
    report.findings.forEach((f, i) => {
      for (const ev of f.evidence) if (ev.kind === 'text') spans.push({ start: ev.start, end: ev.end, finding: i });
    });
    const view = $('message-view');
    view.replaceChildren();
    const firstMark = new Map<string, string>();
    const frag = document.createDocumentFragment();
    segmentText(text.length, spans).forEach((s, k) => {
      const piece = text.slice(s.start, s.end);
      if (!s.findings.length) {
        frag.append(document.createTextNode(piece));
        return;
      }
      const id = `mark-${k}`;
      const nums = s.findings.map((f) => f + 1).join(', ');
      frag.append(el('mark', { id, 'data-findings': s.findings.join(' '), title: c.t('redFlagN', { n: nums }) }, piece));
      for (const sp of spans) if (sp.start === s.start && !firstMark.has(`${sp.start}:${sp.end}`)) firstMark.set(`${sp.start}:${sp.end}`, id);
      if (s.endsHere.length) frag.append(el('span', { class: 'ref' }, `[${s.endsHere.map((f) => f + 1).join(',')}]`));
    });
    view.append(frag);
    return firstMark;
  }

  function findingItem(f: Finding, i: number, firstMark: Map<string, string>, c: ViewContext): HTMLLIElement {
    const title = en(el('span', { class: 'flag-title' }, f.message), c);
    const li = el(
      'li',
      { id: `flag-${i + 1}`, 'data-rule': f.ruleId, class: f.effect === 'lower' ? 'lower' : 'raise' },
      f.effect === 'lower' ? el('span', { class: 'tag' }, `${c.t('reassuring')} `) : null,
      isModelFinding(f) ? el('span', { class: 'tag' }, `${c.t('modelTag')}: `) : null,
      title,
    );
    const evs = f.evidence.slice(0, 10);
    if (evs.length) li.append(el('ul', { class: 'evidence' }, ...evs.map((ev) => evidenceItem(ev, firstMark, c))));
    if (f.policy) {
      // Named by who published it: FTC guidance in a brand pack is never shown as "PayPal says".
      li.append(en(el('p', { class: 'policy' }, `${f.policy.statement} `, extLink(f.policy.url, `(${policySourceLabel(f.policy)})`)), c));
    }
    return li;
  }

  /** A reporting route: name, what to do, and the address or number itself ("Email: reportphishing@apple.com"), a link only for web forms. */
  function routeItem(r: { name: string; how: string; kind: ReportRoute['kind']; address: string; sourceUrl: string }, c: ViewContext): HTMLLIElement {
    const tg = routeTarget(r);
    const target =
      r.kind === 'web'
        ? el('span', { class: 'route-target' }, `${tg.label}: `, extLink(r.address, r.address))
        : el('span', { class: 'route-target' }, `${tg.label}: `, el('code', {}, tg.value), ' ', extLink(r.sourceUrl, `(${c.t('source')})`));
    return en(el('li', { 'data-kind': r.kind }, el('strong', {}, r.name), `: ${r.how} `, target), c);
  }

  /** The stage playbook, built here in the browser from the core (nothing is sent anywhere). */
  function stepsFor(stage: StageId, report: Report, c: ViewContext): Node {
    const brand = report.brand ? (brandById(report.brand) ?? null) : null;
    const p = buildPlaybook(stage, { brand, country: c.country, channel: report.channel });
    const box = el('div', { class: 'playbook', 'data-stage': p.stage }, en(el('h4', {}, p.title), c));
    const section = (title: string, items: string[], ordered = true) => {
      if (!items.length) return;
      box.append(el('h5', {}, title), en(el(ordered ? 'ol' : 'ul', {}, ...items.map((x) => el('li', {}, x))), c));
    };
    section(c.t('pbNow'), p.firstHour);
    if (p.brand) section(c.t('pbBrand', { brand: p.brand.name }), p.brandSteps);
    section(c.t('pbThen'), p.next);
    if (p.contacts.length) {
      box.append(el('h5', {}, c.t('pbContacts')), en(el('ul', {}, ...p.contacts.map((x) => el('li', {}, el('strong', {}, x.who), `: ${x.ask} `, x.how))), c));
    }
    if (p.report.length) {
      // The playbook's routes are many; folded like the page's own "more ways to report".
      box.append(
        el(
          'details',
          { class: 'more inner pb-report' },
          el('summary', {}, `${c.t('pbReport')} (${p.report.length})`),
          el('ul', { class: 'routes' }, ...p.report.map((r) => routeItem({ name: r.name, how: r.how, kind: r.kind, address: r.address, sourceUrl: r.source.url }, c))),
        ),
      );
    }
    if (p.seeAlso.length) {
      const titles = p.seeAlso.map((id) => c.t(`stage.${id}` as UiKey) || (STAGES.find((x) => x.id === id)?.title ?? id));
      box.append(el('p', { class: 'hint' }, c.t('pbSeeAlso', { list: titles.join('; ') })));
    }
    return box;
  }

  function renderStages(report: Report, c: ViewContext): void {
    const chosen = (document.querySelector('input[name="stage"]:checked') as HTMLInputElement | null)?.value as StageId | undefined;
    const radio = (id: StageId) => {
      const input = el('input', { type: 'radio', name: 'stage', value: id, id: `stage-${id}` });
      if (id === chosen) input.checked = true;
      input.addEventListener('change', () => $('next-steps').replaceChildren(stepsFor(id, report, c)));
      return el('label', { for: `stage-${id}`, class: 'stage' }, input, c.t(`stage.${id}` as UiKey));
    };
    const rest = STAGES.map((s) => s.id).filter((id) => id !== 'received' && !FIRST_STAGES.includes(id));
    const more = el('details', { class: 'more-stages' }, el('summary', {}, c.t('somethingElse')), el('div', { class: 'stages' }, ...rest.map(radio)));
    if (chosen && rest.includes(chosen)) more.open = true;
    $('stages').replaceChildren(...FIRST_STAGES.map(radio), more);
    $('next-steps').replaceChildren(...(chosen ? [stepsFor(chosen, report, c)] : []));
  }

  function summaryText(report: Report, brandName: string | null, c: ViewContext): string {
    // The core writes the English summary for this message; other languages use their own templates.
    if (c.locale === 'en') return report.advice.summary;
    return brandName && report.verdict !== 'no_red_flags' ? c.t(`summary.${report.verdict}.brand` as UiKey, { brand: brandName }) : c.t(`summary.${report.verdict}`);
  }

  function nextStepLines(report: Report, brandName: string | null, c: ViewContext): { text: string; core: boolean }[] {
    const step = nextStep(report);
    const lines: { text: string; core: boolean }[] = step.dont.map((d) => ({
      text:
        d.kind === 'call' ? c.t('dontCall', { number: d.number ?? '' }) : d.kind === 'tap' ? c.t('dontTap') : d.kind === 'install' ? c.t('dontInstall') : d.kind === 'pay' ? c.t('dontPay') : c.t('dontReply'),
      core: false,
    }));
    if (c.locale === 'en' && step.verify.length) lines.push(...step.verify.map((v) => ({ text: v.text, core: true })));
    else lines.push({ text: brandName ? c.t('verifyBrand', { brand: brandName }) : c.t('verifyGeneric'), core: false });
    return lines;
  }

  function render(report: Report, online: boolean, c: ViewContext): void {
    $('result').hidden = false;
    const clean = report.verdict === 'no_red_flags';
    $('verdict-box').dataset.verdict = report.verdict;
    $('verdict').textContent = c.t(`verdict.${report.verdict}`);
    const brandName = report.brand ? (brandById(report.brand)?.name ?? report.brand) : null;
    $('brand').textContent = brandName && !clean ? c.t('pretends', { brand: brandName }) : '';
    $('brand').hidden = !brandName || clean;
    $('summary').textContent = summaryText(report, brandName, c);
    const sender = report.message.sender;
    $('sender-line').textContent = sender ? c.t('senderLine', { sender, channel: c.t(`channel.${report.channel}`) }) : '';
    $('sender-line').hidden = !sender;
    // A clean result says what was checked and what this cannot know, so it never reads as an all-clear.
    $('limits').hidden = !clean;
    $('checked').replaceChildren(...(clean ? report.advice.checked : []).map((x) => en(el('li', {}, x), c)));
    $('cannot-know').replaceChildren(...(clean ? report.advice.cannotKnow : []).map((x) => en(el('li', {}, x), c)));
    $('where').textContent = online ? c.t('whereServer') : c.t('whereLocal');
    // A clean result leads with what makes the message look genuine (a code notice that asks for
    // nothing, the brand's registered sender), before what was checked and what cannot be known.
    const reassuring = clean ? genuineReasons(report) : [];
    $('looks-genuine').replaceChildren(...reassuring.map((f) => en(el('li', { 'data-rule': f.ruleId }, reasonHead(f.message)), c)));
    $('looks-genuine-block').hidden = reassuring.length === 0;

    // The first screen: up to three reasons, the brand's own rule first and the classifier last.
    const top = clean ? [] : topReasons(report);
    $('reasons').replaceChildren(
      ...top.map((f) =>
        el(
          'li',
          { 'data-rule': f.ruleId, class: isModelFinding(f) ? 'model' : 'checkable' },
          isModelFinding(f) ? el('span', { class: 'tag' }, `${c.t('modelTag')}: `) : null,
          en(el('span', {}, reasonHead(f.message)), c),
        ),
      ),
    );
    $('why-block').hidden = top.length === 0;
    const lines = clean ? [] : nextStepLines(report, brandName, c);
    $('next-step').replaceChildren(...lines.map((l) => (l.core ? en(el('li', {}, l.text), c) : el('li', {}, l.text))));
    $('todo-block').hidden = lines.length === 0;
    renderStages(report, c);
    $('next-block').hidden = clean;

    // On demand: every red flag with its evidence, in the order the core reports them.
    const firstMark = renderMessageView(report, c);
    const items = report.findings.map((f, i) => ({ f, li: findingItem(f, i, firstMark, c) }));
    const raise = items.filter((x) => x.f.effect !== 'lower').map((x) => x.li);
    const genuine = items.filter((x) => x.f.effect === 'lower').map((x) => x.li);
    $('findings').replaceChildren(...raise);
    $('no-flags').hidden = raise.length > 0;
    $('flags-title').textContent = c.t('allFlags', { n: raise.length });
    $('genuine').replaceChildren(...genuine);
    $('genuine-title').textContent = c.t('genuineTitle', { n: genuine.length });
    $('genuine-block').hidden = genuine.length === 0;

    const verify = report.advice.verify.map((v) => en(el('li', {}, v.text, v.url ? ' ' : null, v.url ? extLink(v.url, safeHref(v.url) ?? v.url) : null), c));
    $('verify').replaceChildren(...verify);
    $('donot').replaceChildren(...report.advice.doNot.map((d) => en(el('li', {}, d), c)));
    $('donot-block').hidden = report.advice.doNot.length === 0;
    $('advice-details').hidden = verify.length === 0 && report.advice.doNot.length === 0;

    // Report routes ranked for this message: the one or two that matter first, the rest folded.
    const routes = rankRoutes(report, brandName).map((r) => routeItem({ name: r.name, how: r.how, kind: r.kind, address: r.address, sourceUrl: r.source }, c));
    $('report').replaceChildren(...routes.slice(0, 2));
    $('report-more').replaceChildren(...routes.slice(2));
    $('report-more-title').textContent = c.t('moreReport', { n: routes.length - 2 });
    $('report-more-block').hidden = routes.length <= 2;
    $('report-details').hidden = routes.length === 0;

    const warnings = report.warnings.slice(0, 20);
    $('warnings').replaceChildren(...warnings.map((w) => en(el('li', {}, w), c)));
    $('warnings-block').hidden = warnings.length === 0 && report.complete;
    if (!report.complete && !warnings.length) $('warnings').append(el('li', {}, c.t('partial')));

    const share = shareText({
      intro: c.t('shareIntro'),
      verdict: c.t(`verdict.${report.verdict}`),
      brand: brandName,
      reasonsTitle: c.t('shareReasons'),
      reasons: top.map((f) => reasonHead(f.message)),
      nextTitle: c.t('shareNext'),
      next: clean ? [summaryText(report, brandName, c)] : lines.map((l) => l.text),
    });
    current = { report, online, c, share };
    $('share-status').textContent = '';
    $('share-text').hidden = true;
  }

  // "Send to someone you trust": the Web Share API where there is one, else copy the summary; if
  // copying is refused too, the summary is shown in a box to select by hand.
  $('share').addEventListener('click', () => {
    if (!current) return;
    const { share, c } = current;
    void (async () => {
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: c.t('title'), text: share });
          $('share-status').textContent = c.t('shared');
          return;
        } catch (err) {
          if (err instanceof DOMException && err.name === 'AbortError') return;
        }
      }
      const box = $('share-text') as HTMLTextAreaElement;
      box.value = share;
      try {
        await navigator.clipboard.writeText(share);
        $('share-status').textContent = c.t('copied');
      } catch {
        $('share-status').textContent = c.t('copyFailed');
        box.hidden = false;
        box.select();
      }
    })();
  });
  $('print').addEventListener('click', () => window.print());
  // A printout is for someone who cannot open the sections: it carries the red flags and the report
  // routes too (the print stylesheet leaves the form out, so it stays within two pages).
  let reopen: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    reopen = ['flags-details', 'report-details'].map((id) => $(id) as HTMLDetailsElement).filter((d) => !d.open);
    for (const d of reopen) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of reopen) d.open = false;
    reopen = [];
  });
  $('download').addEventListener('click', () => {
    if (!current) return;
    const blob = new Blob([JSON.stringify(current.report, null, 2)], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'impostor-report.json' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  // "show in the message" opens the folded message first, so the mark it points at can be seen.
  $('result').addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a.to-mark');
    if (a) ($('msg-details') as HTMLDetailsElement).open = true;
  });

  return { render };
}
