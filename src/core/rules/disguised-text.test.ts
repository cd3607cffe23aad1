import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './disguised-text.js';
import { eml, ids, runRule } from './test-utils.js';

test('flags: brand name with a Cyrillic А', async () => {
  const hits = await runRule(rule, 'Your \u0410mazon account is on hold. Verify now.');
  assert.deepEqual(hits.map((h) => h.messageId), ['disguisedBrand']);
  assert.equal(hits[0]!.data!.word, '\u0410mazon');
});

test('flags: scam words with Cyrillic р and е, and other rules still see the folded words', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'x@y.example', subject: 'Cry\u0440to is restrict\u0435d', body: 'Act now' }) });
  assert.deepEqual(hits.map((h) => h.messageId), ['disguisedWords']);
  assert.equal(hits[0]!.data!.count, 2);
  assert.equal(hits[0]!.evidence[0]!.kind === 'text' && hits[0]!.evidence[0]!.text, 'Crypto');
});

test('near miss: whole words in Cyrillic or Greek are not disguises', async () => {
  assert.deepEqual(await runRule(rule, 'Привет, как дела? Γειά σου. Amazon order shipped.'), []);
});

test('near miss: accented Latin is not a disguise', async () => {
  assert.deepEqual(await runRule(rule, 'Café crème, naïve façade, Amazon.'), []);
});

test('near miss: mis-decoded punctuation after words (a trailing Cyrillic letter) is not a disguise', async () => {
  assert.deepEqual(await runRule(rule, 'The bison\u0412 roam Alaska\u0412 and the industry\u0412 is booming'), []);
});

test('a text with words broken up by dots or spelt with digits for letters', async () => {
  const dotted = await runRule(rule, { input: 'Your paymen.t for la.st month was pa.id. Thank you, this is a sur.prise p.resent for you: w3ngz-example.com/6blDog8jzc', channel: 'sms' });
  assert.deepEqual(dotted.map((h) => h.messageId), ['brokenWords']);
  assert.equal(dotted[0]!.data?.count, 5);
  const leet = await runRule(rule, { input: "Y0U FED3R4L RETURN W4S B4N. D0N'T W0RRY, we will he!p you to F!x it", channel: 'sms' });
  assert.deepEqual(leet.map((h) => h.messageId), ['brokenWords']);
});

test('near misses: abbreviations, links, product codes and text-speak', async () => {
  assert.deepEqual(await ids(rule, { input: 'Meet at 5 p.m. e.g. the cafe; see www.example.com/x, my MP3 player, 4G, B2B, COVID19, H1N1', channel: 'sms' }), []);
  assert.deepEqual(await ids(rule, { input: 'ok see u at 7.30 lol. gr8 thx. C u l8r. W0w!', channel: 'sms' }), []);
  // Email keeps only the look-alike-letter check (file names and code are common there).
  assert.deepEqual(await ids(rule, { input: 'Subject: x\n\nYour paymen.t for la.st month was pa.id, a sur.prise p.resent', channel: 'email' }), []);
});

test('near miss: missing spaces after full stops in a long personal text', async () => {
  const input = 'For me the love should start with attraction.i should feel that I need her every time around me.she should be the first thing which comes in my thoughts.I would start the day and end it with her.she should be there every time I dream.love will be then when my every breath has her name.my life should happen around her.';
  assert.deepEqual(await ids(rule, { input, channel: 'sms' }), []);
});
