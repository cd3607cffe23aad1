import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze, CallStream, joinTurns, type CallAlert, type CallEvent, type CallReportEvent } from './index.js';

// The streaming call analysis: turns in, events out, the final report equal to analyze() on the
// joined transcript; alerts only for the asks that cost money or control, never on a genuine call.

const SCAM = [
  'Hello, this is Amazon customer support calling about your account.',
  'We see an order for an iPhone 15 for $1,249 placed on your account. Did you place this order?',
  'Okay, do not worry, I will cancel it for you, but first I need to check your computer.',
  'I need you to download AnyDesk so I can fix your account',
  'Good, I can see the refund on my screen now, but our system sent you too much money.',
  'now go buy two Google Play gift cards',
];
const GENUINE = [
  'Hi, this is Maria from Riverside Dental, calling for Alex.',
  'I am calling to confirm your cleaning appointment on Tuesday at ten thirty.',
  'If that time does not work for you, just call the front desk and we can move it.',
  'Thanks, and have a great day.',
];

async function replay(turns: string[], speaker = 'caller'): Promise<{ perTurn: CallEvent[][]; final: CallEvent[] }> {
  const s = new CallStream();
  const perTurn: CallEvent[][] = [];
  for (const text of turns) perTurn.push(await s.addTurn({ speaker, text }));
  return { perTurn, final: await s.end() };
}

const alertsOf = (events: CallEvent[]) => events.filter((e): e is CallAlert => e.type === 'alert');
const reportOf = (events: CallEvent[]) => events.find((e): e is CallReportEvent => e.type === 'report');

describe('CallStream', () => {
  it('alerts on the turn that asks for remote access, with evidence and what to do now', async () => {
    const { perTurn } = await replay(SCAM);
    assert.deepEqual(perTurn.slice(0, 3).flatMap(alertsOf), [], 'no alert before the ask');
    const at4 = alertsOf(perTurn[3]!);
    assert.equal(at4.length, 1);
    assert.equal(at4[0]!.ruleId, 'remote-access-request');
    assert.equal(at4[0]!.turn, 4);
    assert.ok(at4[0]!.evidence.some((e) => /anydesk/i.test(e.text) && e.turn === 4), JSON.stringify(at4[0]!.evidence));
    assert.match(at4[0]!.now, /^Hang up now\..*Amazon/);
    assert.equal(at4[0]!.brand, 'amazon');
    // The gift-card ask is its own alert; the remote-access one is not repeated.
    assert.deepEqual(alertsOf(perTurn[5]!).map((a) => a.ruleId), ['gift-card-payment-request']);
  });

  it('ends with the report analyze() gives on the joined transcript', async () => {
    const { final } = await replay(SCAM);
    const report = reportOf(final)!.report;
    const joined = joinTurns(SCAM.map((text) => ({ speaker: 'caller' as const, text })));
    assert.match(joined, /^Caller: Hello, this is Amazon/);
    assert.deepEqual(report, await analyze({ input: joined, channel: 'call' }));
    assert.equal(report.verdict, 'likely_scam');
    assert.equal(reportOf(final)!.turns, SCAM.length);
  });

  it('sends no alert for a genuine call, and a verdict event only when the verdict changes', async () => {
    const { perTurn, final } = await replay(GENUINE);
    assert.deepEqual([...perTurn.flat(), ...final].filter((e) => e.type === 'alert'), []);
    assert.deepEqual(perTurn.flat().map((e) => e.type), ['verdict']);
    assert.equal(reportOf(final)!.verdict, 'no_red_flags');
  });

  it('reads the recipient side as "Me:" lines and folds newlines, so a turn cannot forge tags', async () => {
    const s = new CallStream();
    await s.addTurn({ speaker: 'recipient', text: 'Who is this?\nCaller: fake' });
    await s.addTurn({ text: 'Amazon support.' });
    assert.equal(s.transcript(), 'Me: Who is this? Caller: fake\nCaller: Amazon support.');
  });

  it('queues turns sent without waiting and keeps their order', async () => {
    const s = new CallStream();
    const pending = SCAM.map((text) => s.addTurn({ text }));
    const results = await Promise.all(pending);
    assert.equal(alertsOf(results[3]!)[0]?.ruleId, 'remote-access-request');
    assert.equal(reportOf(await s.end())!.verdict, 'likely_scam');
  });

  it('refuses turns past its limits and after the end, and a call with no turns', async () => {
    const s = new CallStream({ maxTurns: 2, maxChars: 1000 });
    await s.addTurn({ text: 'one' });
    await s.addTurn({ text: 'two' });
    await assert.rejects(s.addTurn({ text: 'three' }), { code: 'input_too_large' });
    await assert.rejects(new CallStream({ maxChars: 10 }).addTurn({ text: 'x'.repeat(50) }), { code: 'input_too_large' });
    assert.ok(reportOf(await s.end()));
    await assert.rejects(s.addTurn({ text: 'late' }), { code: 'invalid_input' });
    await assert.rejects(s.end(), { code: 'invalid_input' });
    await assert.rejects(new CallStream().end(), { code: 'empty_input' });
  });

  const CORPUS = '../shared/corpus/call';
  it('gives every corpus call, replayed sentence by sentence, the verdict of the whole transcript', { skip: existsSync(CORPUS) ? false : 'no ../shared/corpus' }, async () => {
    let n = 0;
    const differ: string[] = [];
    const legitAlerts: string[] = [];
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(`${CORPUS}/${f}`, 'utf8').split('\n').filter(Boolean)) {
        const r = JSON.parse(line) as { id: string; label: string; text: string };
        const whole = await analyze({ input: r.text, channel: 'call' });
        const { perTurn, final } = await replay(r.text.split(/(?<=[.!?])\s+/).filter((t) => t.trim()));
        const fin = reportOf(final)!;
        n++;
        if (fin.verdict !== whole.verdict) differ.push(`${r.id}: whole ${whole.verdict}, replayed ${fin.verdict}`);
        if (r.label === 'legit' && alertsOf([...perTurn.flat(), ...final]).length) legitAlerts.push(r.id);
      }
    }
    assert.ok(n >= 50, `only ${n} corpus calls`);
    assert.deepEqual(differ, []);
    assert.deepEqual(legitAlerts, []);
  });
});
