import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './wrong-number-opener.js';
import { at, ids, runRule } from './test-utils.js';

test('flags: "Hi, is this Vince?" is a weak hint on its own', async () => {
  const t = 'Hi, is this Vince?';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['mistakenIdentity']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'is this Vince?')]);
  assert.equal(hits[0]!.strength, 0.5);
});

test('flags: golf opener with a self-introduction is stronger', async () => {
  const t = "Hi, are you who played golf with me last time? I'm Lisa";
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['mistakenIdentity']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'are you who played golf with me last time'), at(t, "I'm Lisa")]);
  assert.ok((hits[0]!.strength ?? 1) > 0.5);
});

test('flags: sorry, wrong number; long time no see with an introduction', async () => {
  const t = 'Sorry, I think I texted the wrong number. Have a nice day!';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'Sorry, I think I texted the wrong number')]);
  const r = "Hi Julianne long time no see, I'm Aleen, how are you doing";
  const hr = await runRule(rule, r);
  assert.deepEqual(hr.map((h) => h.messageId), ['strangerReconnect']);
  assert.deepEqual(hr[0]!.evidence, [at(r, 'long time no see'), at(r, "I'm Aleen")]);
});

test('flags: a pet name with a link; a stranger introduction with a contact request and a link', async () => {
  const t = 'Hey babe, here are my new pics, msg me... http://pics-gallery.top/x1';
  const hits = await runRule(rule, t);
  assert.deepEqual(hits.map((h) => h.messageId), ['strangerEndearment']);
  assert.deepEqual(hits[0]!.evidence, [at(t, 'Hey babe'), at(t, 'msg me'), at(t, 'http://pics-gallery.top/x1')]);
  const s = 'Hi there, this is Hillary. Lets meet for drinks? Txt me: http://meet-me.top/h';
  const hs = await runRule(rule, s);
  assert.deepEqual(hs.map((h) => h.messageId), ['strangerIntro']);
  assert.deepEqual(hs[0]!.evidence, [at(s, 'this is Hillary'), at(s, 'Lets meet'), at(s, 'http://meet-me.top/h')]);
});

test('flags: Spanish wrong number', async () => {
  assert.deepEqual(await ids(rule, 'Perdón, número equivocado. ¿Eres tú Carmen?'), ['mistakenIdentity']);
});

test('near miss: personal chat stays clean', async () => {
  for (const t of [
    'Hi, are you home?',
    'Is this ok? I can change it tonight.',
    'WHO ARE YOU SEEING?',
    'Hey babe, can you pick up milk on the way home?',
    'Long time no see! Dinner on Friday?',
    'How r u man? All good in Wales.',
    'Are You Excited? Pre-approved credit up to Rs.70,000 with Pay Later!',
  ]) {
    assert.deepEqual(await ids(rule, t), [], t);
  }
});

test('near miss: the opener rule does not read emails', async () => {
  assert.deepEqual(await ids(rule, { input: 'Is this Vince?', channel: 'email' }), []);
});

test('dating and adult bait from a stranger, with a link or a reply request', async () => {
  for (const input of [
    'You got an intimate invite from Sarah. Read what she said now: http://x-example.com/E2Ysk70',
    'are you still single? Check out my latest snaps x-example.pw/snlXX',
    "Are you interested being my text buddy and getting $300 a week? You'll get your first allowance today if you're serious",
    'My good friend is single. Now she wants to marry a man over 28. If you are interested, Reply the number 1',
  ]) {
    assert.deepEqual(await ids(rule, { input, channel: 'sms' }), ['datingBait'], input);
  }
  // The same words between people who know each other ask for nothing and link nowhere.
  assert.deepEqual(await ids(rule, { input: 'Are you still single, Tom? Mum keeps asking me lol', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'wanna see the new movie tonight?', channel: 'sms' }), []);
});
