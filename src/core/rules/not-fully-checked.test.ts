import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import rule from './not-fully-checked.js';
import { RuleTester } from './rule-tester.js';
import { eml, ids } from './test-utils.js';

// Padding past a cap must not hide the lure: the cut is a finding and the verdict at least "suspicious".

const LURE = 'Your Amazon account is locked. Verify now at http://amaz0n-secure-login.example.ru/verify or it will be closed in 24 hours.';

test('a padded text message whose lure is past the text cap: not fully checked, at least suspicious, incomplete', async () => {
  const input = `Hello, here is the newsletter.\n${'Lorem ipsum dolor sit amet. '.repeat(100)}\n${LURE}`;
  const limits = { maxTextChars: 1000 };
  assert.deepEqual(await ids(rule, { input, channel: 'sms' }, { limits }), ['notFullyChecked']);
  const r = await analyze({ input, channel: 'sms' }, { limits });
  assert.equal(r.complete, false);
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.ok(r.findings.some((f) => f.ruleId === 'not-fully-checked'));
  const f = r.findings.find((x) => x.ruleId === 'not-fully-checked')!;
  const e = f.evidence[0]!;
  assert.ok(e.kind === 'text' && r.message.text.slice(e.start, e.end) === e.text && e.end === r.message.text.length);
});

test('an email whose HTML is too large to render is not fully checked', async () => {
  const html = `<p>Hello.</p>${'<p>&nbsp;</p>'.repeat(400)}<p>${LURE}</p>`;
  const input = eml({ from: 'news@shop.example', subject: 'Weekly news', html });
  const r = await analyze({ input, channel: 'email' }, { limits: { maxHtmlChars: 2000 } });
  assert.ok(r.warnings.some((w) => w.startsWith('html_too_large')));
  assert.equal(r.complete, false);
  assert.notEqual(r.verdict, 'no_red_flags');
  assert.ok(r.findings.some((f) => f.ruleId === 'not-fully-checked'));
});

test('near misses: a message read to its end, and caps that keep the text (links, depth) are incomplete but not floored', async () => {
  assert.deepEqual(await ids(rule, { input: 'Hi, lunch at 12?', channel: 'sms' }), []);
  const input = eml({ from: 'news@shop.example', subject: 'Links', html: Array.from({ length: 30 }, (_, i) => `<a href="https://shop.example/p${i}">item ${i}</a>`).join(' ') });
  const r = await analyze({ input, channel: 'email' }, { limits: { maxLinks: 10 } });
  assert.ok(r.warnings.some((w) => w.startsWith('links_truncated')));
  assert.equal(r.complete, false);
  assert.ok(!r.findings.some((f) => f.ruleId === 'not-fully-checked'));
});

test('more links than the link checks read: a warning and an incomplete report', async () => {
  const body = Array.from({ length: 200 }, (_, i) => `https://shop${i}.com/p`).join('\n');
  const r = await analyze({ input: body, channel: 'sms' });
  assert.ok(r.warnings.some((w) => w.startsWith('links_not_all_checked')), r.warnings.join('; '));
  assert.equal(r.complete, false);
});

test('phone numbers past the per-type cap: a warning and an incomplete report', async () => {
  const input = Array.from({ length: 300 }, (_, i) => `Call +1 (888) 555-${String(1000 + i)} now.`).join(' ');
  const r = await analyze({ input, channel: 'sms' });
  assert.ok(r.warnings.some((w) => w.startsWith('entities_truncated') && w.includes('phone')), r.warnings.join('; '));
  assert.equal(r.complete, false);
});

const padded = `Hello, here is the newsletter.\n${'Lorem ipsum dolor sit amet. '.repeat(100)}\n${LURE}`;
const links = Array.from({ length: 30 }, (_, i) => `<a href="https://shop.example/p${i}">item ${i}</a>`).join(' ');

new RuleTester(import.meta.url).run(rule, {
  valid: [
    { name: 'a short text read to its end', message: { input: 'Hi, lunch at 12?', channel: 'sms' } },
    { name: 'links past the link cap keep the text: not this finding', message: { input: eml({ from: 'news@shop.example', subject: 'Links', html: links }), channel: 'email' }, options: { limits: { maxLinks: 10 } } },
  ],
  invalid: [
    {
      name: 'a padded text cut at the text cap: the evidence is the last 60 characters kept',
      message: { input: padded, channel: 'sms' },
      options: { limits: { maxTextChars: 1000 } },
      hits: [
        { messageId: 'notFullyChecked', evidence: [{ kind: 'text', text: 'olor sit amet. Lorem ipsum dolor sit amet. Lorem ipsum dolor', start: 940, end: 1000 }], data: { what: 'its text was cut at the length limit' } },
      ],
    },
    {
      name: 'an email whose HTML is too large to render',
      message: { input: eml({ from: 'news@shop.example', subject: 'Weekly news', html: `<p>Hello.</p>${'<p>&nbsp;</p>'.repeat(400)}<p>${LURE}</p>` }), channel: 'email' },
      options: { limits: { maxHtmlChars: 2000 } },
      hits: [
        { messageId: 'notFullyChecked', evidence: [{ kind: 'text', text: 'Subject: Weekly news', start: 0, end: 20 }], data: { what: 'its HTML was too large to render' } },
      ],
    },
  ],
});
