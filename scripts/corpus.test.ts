import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../src/core/index.js';

// The foundation's acceptance check on real data (../shared/corpus, present in CI): the engine flags
// the scam robocall transcripts and the Amazon phishing emails, and stays quiet on most SpamAssassin
// ham and on genuine Amazon mail. The full per-file figures come from `npm run eval`.

const CORPUS = '../shared/corpus';
const have = existsSync(CORPUS);

interface Rec {
  id: string;
  channel: 'email' | 'sms' | 'call';
  label: 'scam' | 'legit';
  brand: string | null;
  text: string;
  format?: string;
}

function load(file: string): Rec[] {
  return readFileSync(`${CORPUS}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec);
}

async function flaggedShare(recs: Rec[]): Promise<{ flagged: number; total: number; misses: string[] }> {
  let flagged = 0;
  const misses: string[] = [];
  for (const r of recs) {
    const input = r.format === 'html-body-only' ? `Content-Type: text/html; charset=utf-8\r\nSubject: (body only)\r\n\r\n${r.text}` : r.text;
    const rep = await analyze({ input, channel: r.channel });
    if (rep.verdict !== 'no_red_flags') flagged++;
    else misses.push(r.id);
  }
  return { flagged, total: recs.length, misses };
}

test('scam robocall transcripts are flagged', { skip: !have && 'no ../shared/corpus' }, async () => {
  const r = await flaggedShare(load('call/ftc-ppone-robocalls-brand-subset.jsonl'));
  assert.ok(r.flagged / r.total >= 0.97, `flagged ${r.flagged}/${r.total}; missed ${r.misses.slice(0, 5).join(', ')}`);
});

test('Amazon phishing emails are flagged', { skip: !have && 'no ../shared/corpus' }, async () => {
  const recs = load('email/phishing-pot.jsonl').filter((r) => r.brand === 'amazon');
  const r = await flaggedShare(recs);
  assert.ok(r.flagged / r.total >= 0.95, `flagged ${r.flagged}/${r.total}; missed ${r.misses.slice(0, 5).join(', ')}`);
});

test('most SpamAssassin ham stays quiet', { skip: !have && 'no ../shared/corpus' }, async () => {
  const r = await flaggedShare(load('email/spamassassin-ham.jsonl'));
  assert.ok(r.flagged / r.total <= 0.02, `flagged ${r.flagged}/${r.total}`);
});

test('genuine Amazon mail and receipts are not flagged', { skip: !have && 'no ../shared/corpus' }, async () => {
  const recs = [...load('email/amazon-genuine-auto-categorizer.jsonl'), ...load('extra/email-html-bodies-kubauk.jsonl')];
  const r = await flaggedShare(recs);
  assert.equal(r.flagged, 0, `flagged: ${recs.filter((x) => !r.misses.includes(x.id)).map((x) => x.id).join(', ')}`);
});
