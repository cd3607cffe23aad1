import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { memoryIo } from './io.js';
import { run } from './run.js';

const SCAM_CALL = 'Caller: This is Amazon security. To cancel the iPhone order you must buy two Google Play gift cards and read me the numbers on the back.\nMe: ok';

test('check: a scam transcript from stdin exits 1 and quotes the evidence', async () => {
  const io = memoryIo(SCAM_CALL);
  const code = await run(['check', '--channel', 'call'], io);
  assert.equal(code, 1, io.err);
  assert.match(io.out, /^(LIKELY SCAM|SUSPICIOUS)/);
  assert.match(io.out, /"Google Play gift cards"/);
});

test('check --json: the versioned report contract', async () => {
  const io = memoryIo(SCAM_CALL);
  const code = await run(['check', '-', '--channel', 'call', '--json'], io);
  assert.equal(code, 1);
  const r = JSON.parse(io.out);
  assert.equal(r.schemaVersion, '1.2.0');
  assert.equal(r.channel, 'call');
  assert.ok(['likely_scam', 'suspicious'].includes(r.verdict));
  assert.ok(r.score > 0 && r.score <= 1);
  const f = r.findings.find((x: { ruleId: string }) => x.ruleId === 'gift-card-payment-request');
  assert.ok(f, 'gift-card finding present');
  for (const e of f.evidence) if (e.kind === 'text') assert.equal(r.message.text.slice(e.start, e.end), e.text);
  assert.ok(Array.isArray(r.advice.verify) && r.advice.verify.length > 0);
});

test('check: a plain personal text exits 0, and says what was checked and what it cannot know', async () => {
  const io = memoryIo('Hey, are we still on for dinner at 7? I booked the table.');
  assert.equal(await run(['check', '--channel', 'sms', '--from', '+12025550143'], io), 0, io.out);
  assert.match(io.out, /^NO RED FLAGS FOUND/);
  assert.match(io.out, /^No red flags found in what Impostor checks: the sender you gave, links/m);
  assert.match(io.out, /This does not mean it is safe: Impostor cannot see who really sent it/);
  assert.match(io.out, /\nWhat Impostor checked:\n {2}- the sender you gave\n {2}- links \(where they really go\)\n/);
  assert.match(io.out, /\nWhat it cannot know:\n {2}- Who really sent it: sender names and numbers can be faked\.\n/);
});

test('check: regulator guidance is attributed to the regulator, and report routes show the address', async () => {
  const io = memoryIo('PayPal: your account is limited. To restore it, pay the $50 fee with Google Play gift cards and text us the codes.');
  assert.equal(await run(['check', '--channel', 'sms'], io), 1, io.err);
  assert.match(io.out, /^ {6}FTC guidance: gift cards are for gifts, not payments; .* \(source: FTC, not PayPal’s own words: https:\/\/consumer\.ftc\.gov\/articles\/avoiding-and-reporting-gift-card-scams\)$/m);
  assert.doesNotMatch(io.out, /PayPal( says)?: FTC/);
  assert.match(io.out, /^ {2}- Forward spam texts to 7726: .*\n {6}Text: 7726$/m);
  const apple = memoryIo('Apple: your Apple ID is locked. Send the code we texted you to unlock it: http://apple-id-unlock.top/x');
  assert.equal(await run(['check', '--channel', 'sms'], apple), 1);
  assert.match(apple.out, /^ {2}- Apple phishing reports: .*\n {6}Email: reportphishing@apple\.com$/m);
  // Amazon's own statement keeps Amazon as the source.
  const amazon = memoryIo('Amazon: your account is locked. Buy two Amazon gift cards and text us the claim codes.');
  await run(['check', '--channel', 'sms'], amazon);
  assert.match(amazon.out, /\(source: Amazon: https:\/\//);
});

test('check --from an email address: a pasted body is checked as an email, and the report says authentication could not be checked', async () => {
  const body = 'Dear customer,\n\nYour PayPal account is limited. Confirm your details within 24 hours at https://paypal-resolve.example/login\n\nPayPal Team';
  const io = memoryIo(body);
  assert.equal(await run(['check', '--from', 'service@paypa1-support.example', '--json'], io), 1, io.err);
  const r = JSON.parse(io.out);
  assert.equal(r.channel, 'email');
  assert.equal(r.message.from.address, 'service@paypa1-support.example');
  assert.equal(r.message.sender, 'service@paypa1-support.example');
  // The typed sender is checked like a From address: here it imitates paypal.com.
  assert.ok(r.findings.some((f: { ruleId: string }) => f.ruleId === 'lookalike-sender-domain'), r.findings.map((f: { ruleId: string }) => f.ruleId).join(', '));
  assert.ok(r.warnings.some((w: string) => w.startsWith('no_headers:') && /authentication \(SPF, DKIM, DMARC\) could not be checked/.test(w)), r.warnings.join('; '));
  const text = memoryIo(body);
  await run(['check', '--from', 'service@paypa1-support.example'], text);
  assert.match(text.out, /, email\)\n/);
  assert.match(text.out, /could not be checked/);
});

test('check: reads a file argument', async () => {
  const io = memoryIo('', { 'msg.txt': SCAM_CALL });
  assert.equal(await run(['check', 'msg.txt', '--channel', 'call'], io), 1);
});

test('usage and input errors exit 2 with a clear message', async () => {
  let io = memoryIo('');
  assert.equal(await run(['check'], io), 2);
  assert.match(io.err, /empty/i);
  io = memoryIo('hello');
  assert.equal(await run(['check', '--channel', 'fax'], io), 2);
  assert.match(io.err, /Unknown channel "fax"/);
  io = memoryIo('hello');
  assert.equal(await run(['check', '--bogus'], io), 2);
  io = memoryIo('', {});
  assert.equal(await run(['check', 'missing.eml'], io), 2);
  assert.match(io.err, /cannot read input/);
  io = memoryIo();
  assert.equal(await run(['frobnicate'], io), 2);
  assert.match(io.err, /unknown command/);
});

test('the bin launcher works as a real process (what npx impostor runs)', () => {
  const r = spawnSync(process.execPath, ['bin/impostor.js', 'check', '--channel', 'sms', '--json'], {
    input: 'Your Amazon account is suspended. Buy Amazon gift cards and send us the codes to unlock it.',
    encoding: 'utf8',
  });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).channel, 'sms');
});

test('brands: lists every pack, and --json prints them whole', async () => {
  const { BRANDS } = await import('../core/index.js');
  const io = memoryIo();
  assert.equal(await run(['brands'], io), 0);
  assert.match(io.out, new RegExp(`^${BRANDS.length} brand packs`));
  for (const b of BRANDS) assert.ok(io.out.includes(`${b.id} `), b.id);
  const jio = memoryIo();
  assert.equal(await run(['brands', '--json'], jio), 0);
  const parsed = JSON.parse(jio.out) as { brands: { id: string }[]; countries: string[] };
  assert.deepEqual(parsed.brands.map((b) => b.id), BRANDS.map((b) => b.id));
  assert.ok(parsed.countries.includes('IN'));
  assert.equal(await run(['brands', 'extra'], memoryIo()), 2);
});
