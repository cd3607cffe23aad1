import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './remote-access-request.js';
import { eml, ids, runRule } from './test-utils.js';

const call = (text: string) => ({ input: text, channel: 'call' as const });

test('flags: download AnyDesk on a call', async () => {
  const hits = await runRule(rule, call('Caller: I need you to download AnyDesk and give me the 9-digit code on your screen.\nMe: ok'));
  assert.deepEqual(hits.map((h) => h.messageId), ['installRemoteTool']);
  assert.equal(hits[0]!.data!.toolId, 'anydesk');
  assert.equal(hits[0]!.strength, 1);
});

test('flags: go to the UltraViewer site', async () => {
  const hits = await runRule(rule, call('Caller: go to www.ultraviewer.net and install it so I can process your refund.'));
  assert.equal(hits[0]?.data?.toolId, 'ultraviewer');
});

test('flags: Quick Assist and ScreenConnect by text', async () => {
  assert.deepEqual(await ids(rule, 'Microsoft Support: open Quick Assist and enter the code we give you.'), ['installRemoteTool']);
  assert.deepEqual(await ids(rule, 'Amazon refund: please install ScreenConnect to receive your refund.'), ['installRemoteTool']);
});

test('flags: tool-free phrasing "download this app so I can help"', async () => {
  assert.deepEqual(await ids(rule, call('Caller: download this app so I can help you with the refund.')), ['shareScreen']);
  assert.deepEqual(await ids(rule, call('Caller: just give me the nine-digit code on your screen.')), ['shareScreen']);
});

test('flags: German and Spanish', async () => {
  assert.equal((await runRule(rule, call('Caller: Bitte installieren Sie TeamViewer, damit ich helfen kann.')))[0]?.data?.toolId, 'teamviewer');
  assert.equal((await runRule(rule, call('Caller: descargue AnyDesk y dígame el código.')))[0]?.data?.toolId, 'anydesk');
  assert.deepEqual(await ids(rule, call('Caller: Ich brauche Fernwartung, bitte verbinden Sie sich jetzt.')), ['installRemoteTool']);
});

test('near miss: IT newsletter reviewing tools', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'news@example.org', body: 'We reviewed AnyDesk and TeamViewer for our readers this month.' }), channel: 'email' }), []);
});

test('near miss: the brand warning against it', async () => {
  assert.deepEqual(await ids(rule, 'Amazon will never ask you to install AnyDesk or TeamViewer.'), []);
});

test('near miss: remote desktop how-to on a mailing list', async () => {
  assert.deepEqual(await ids(rule, { input: eml({ from: 'list@example.org', body: 'To set up remote desktop access on Linux, install xrdp and connect from your laptop.' }), channel: 'email' }), []);
});

test('weak: a colleague scheduling a TeamViewer session by email', async () => {
  const hits = await runRule(rule, { input: eml({ from: 'colleague@example.org', body: "I'll send you the TeamViewer ID so we can connect during tomorrow's meeting." }), channel: 'email' });
  assert.ok(hits.every((h) => (h.strength ?? 1) < 0.5));
});
