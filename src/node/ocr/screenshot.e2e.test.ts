import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { analyze, type Report } from '../../core/index.js';
import { messageInput } from '../inputs/index.js';
import { chromiumMissing, startRenderer, type Renderer, type ShotMessage } from './render-message.js';
import { closeOcr } from './tesseract.js';

// Screenshots of text messages, drawn by Debian's Chromium and read back with tesseract.js (language
// data from npm, nothing downloaded): each must give the verdict and brand of the same message typed
// in, in the six OCR languages, and the report must point its evidence into the recognised text.

const skip = chromiumMissing;
let renderer: Renderer | undefined;

before(async () => {
  if (!skip) renderer = await startRenderer();
});
after(async () => {
  await renderer?.close();
  await closeOcr();
});

const CASES: (ShotMessage & { lang: string })[] = [
  { lang: 'eng', sender: '+1 (555) 123-4567', text: 'USPS: Your package could not be delivered due to an incomplete address. Please update it at https://usps-redelivery-center.top/track?id=US9514961 within 12 hours.' },
  { lang: 'deu', style: 'android', sender: '+49 1521 0987654', dateLine: 'Heute 10:32', text: 'DHL: Ihr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie 1,99 EUR unter https://dhl-paket-zustellung.info/de' },
  { lang: 'spa', dark: true, sender: '+34 612 345 678', dateLine: 'Mensaje de texto • Hoy 10:32', text: 'PayPal: Su cuenta ha sido suspendida. Verifique su identidad en las próximas 24 horas: https://paypal-verificacion.com/es/login' },
  { lang: 'fra', style: 'android', sender: '+33 6 12 34 56 78', dateLine: "Aujourd'hui 10:32", text: 'Netflix : votre abonnement est suspendu, le paiement a échoué. Mettez à jour vos informations de paiement sur https://netflix-facturation.fr/compte' },
  { lang: 'por', sender: '+55 11 91234-5678', dateLine: 'Mensagem de texto • Hoje 10:32', text: 'Apple: seu ID Apple foi bloqueado por motivos de segurança. Confirme seus dados em https://apple-id-verificacao.com/pt' },
  { lang: 'jpn', sender: '+81 90-1234-5678', dateLine: 'SMS 今日 10:32', text: '【Amazon】お客様のアカウントは一時的に停止されました。以下のリンクから情報を更新してください https://amazon-co-jp.verify-account.xyz/' },
  { lang: 'eng', sender: 'Mom', text: 'Are we still on for lunch at noon tomorrow? I can pick you up on the way.' },
];

async function viaScreenshot(c: ShotMessage): Promise<Report> {
  const png = await renderer!.shot(c);
  return analyze(await messageInput(png, { name: 'shot.png' }));
}

for (const c of CASES) {
  test(`screenshot (${c.lang}, ${c.style ?? 'ios'}${c.dark ? ', dark' : ''}): same verdict and brand as the typed text — ${c.text.slice(0, 40)}…`, { skip, timeout: 60_000 }, async () => {
    const typed = await analyze({ input: c.text, from: c.sender });
    const shot = await viaScreenshot(c);
    assert.equal(shot.channel, 'sms');
    assert.equal(shot.verdict, typed.verdict, `OCR text: ${shot.message.text}`);
    assert.equal(shot.brand, typed.brand, `OCR text: ${shot.message.text}`);
    // What OCR saw is in the report, with the phone's chrome dropped and the sender taken from the top.
    const ocr = shot.message.ocr!;
    assert.equal(shot.message.origin, 'screenshot');
    assert.ok(ocr.confidence > 60, `confidence ${ocr.confidence}`);
    assert.ok(ocr.lines.length >= 1 && ocr.lines.every((l) => l.box && l.box.x1 > l.box.x0 && l.end > l.start));
    const bare = (s: string | null | undefined) => (s ?? '').replace(/[^\p{L}\p{N}]/gu, '');
    assert.equal(bare(shot.message.sender), bare(c.sender), 'the sender read from the top of the screen');
    assert.ok(!/\b9:41\b|87%|Today 10:32|Heute 10:32|今日/.test(shot.message.text), `chrome left in: ${shot.message.text}`);
    // The link survived the line breaks whole.
    const link = c.text.match(/https:\/\/\S+/)?.[0];
    if (link) assert.ok(shot.message.links.some((l) => l.href.replace(/\/$/, '') === link.replace(/\/$/, '')), `link ${link} not rebuilt: ${shot.message.text}`);
    // Evidence offsets point into the recognised text, and each lies inside a recognised line.
    for (const f of shot.findings) {
      for (const e of f.evidence) {
        if (e.kind !== 'text') continue;
        assert.equal(shot.message.text.slice(e.start, e.end), e.text);
      }
    }
  });
}

test('the typed texts are not all alike: scams are flagged and the friend’s text is not', { skip }, async () => {
  const verdicts = await Promise.all(CASES.map(async (c) => (await analyze({ input: c.text, from: c.sender })).verdict));
  assert.ok(verdicts.filter((v) => v !== 'no_red_flags').length >= 5, verdicts.join(' '));
  assert.equal(verdicts.at(-1), 'no_red_flags');
});

test('impostor check shot.png and POST /api/analyze with the screenshot (multipart "file" and image/png)', { skip, timeout: 60_000 }, async () => {
  const { memoryIo } = await import('../../cli/io.js');
  const { run } = await import('../../cli/run.js');
  const { startServer } = await import('../../server/node.js');
  const { silentLogger } = await import('../../server/logging.js');
  const c = CASES[0]!;
  const png = Buffer.from(await renderer!.shot(c));
  const typed = await analyze({ input: c.text, from: c.sender });

  const io = memoryIo('', { 'shot.png': png });
  assert.equal(await run(['check', 'shot.png', '--json'], io), 1);
  const cli = JSON.parse(io.out) as Report;
  assert.equal(cli.verdict, typed.verdict);
  assert.equal(cli.message.origin, 'screenshot');

  const server = await startServer({ host: '127.0.0.1', port: 0, logger: silentLogger, tuneHeap: false });
  try {
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'shot.png');
    const res = await fetch(new URL('/api/analyze', server.url), { method: 'POST', body: form });
    assert.equal(res.status, 200);
    const viaForm = (await res.json()) as Report;
    assert.equal(viaForm.verdict, typed.verdict);
    assert.equal(viaForm.brand, typed.brand);
    assert.ok(viaForm.message.ocr && viaForm.message.ocr.lines.length > 0);
    const raw = await fetch(new URL('/api/analyze', server.url), { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: png });
    assert.equal(((await raw.json()) as Report).verdict, typed.verdict);
    // The pre-filled report takes the screenshot too.
    const form2 = new FormData();
    form2.append('file', new Blob([png], { type: 'image/png' }), 'shot.png');
    form2.append('format', 'csv');
    const rep = await fetch(new URL('/api/report', server.url), { method: 'POST', body: form2 });
    assert.equal(rep.status, 200);
    assert.match(await rep.text(), /usps-redelivery-center\.top/);
    const rawRep = await fetch(new URL('/api/report?format=csv', server.url), { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: png });
    assert.equal(rawRep.status, 200);
    assert.match(await rawRep.text(), /usps-redelivery-center\.top/);
    // A kind that cannot be read is refused by name.
    const gif = await fetch(new URL('/api/analyze', server.url), { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1') });
    assert.equal(gif.status, 415);
    const err = (await gif.json()) as { error: { code: string; message: string } };
    assert.equal(err.error.code, 'unsupported_format');
    assert.match(err.error.message, /GIF image/);
  } finally {
    await server.close();
  }
});
