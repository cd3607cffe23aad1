import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryIo } from './io.js';
import { run } from './run.js';

// Input that cannot be checked is a usage error (exit 2) that says why, never a "no red flags" verdict.

test('impostor url with text that is not a link: exit 2, says so', async () => {
  const io = memoryIo();
  assert.equal(await run(['url', 'not a url'], io), 2);
  assert.match(io.err, /not a link/);
  assert.equal(io.out, '');
  assert.notEqual(await run(['url', 'https://amazon.com/'], memoryIo()), 2);
});

test('impostor domain with a name that is not a domain: exit 2; real names and IPs are checked', async () => {
  for (const bad of ['not a domain!', 'localhost', 'bad-.com', '999.1.1.1']) {
    const io = memoryIo();
    assert.equal(await run(['domain', bad], io), 2, bad);
    assert.match(io.err, /not a domain name/);
  }
  for (const good of ['paypa1.com', 'xn--pypal-4ve.com', '1.2.3.4']) assert.notEqual(await run(['domain', good], memoryIo()), 2, good);
});

test('an unsupported --country names the supported ones, in check, scan, report and playbook', async () => {
  for (const args of [['check', '-', '--country', 'FR'], ['scan', 'x.mbox', '--country', 'FR'], ['report', '-', '--country', 'FR'], ['playbook', '--stage', 'clicked-link', '--country', 'FR']]) {
    const io = memoryIo('hello');
    assert.equal(await run(args, io), 2, args.join(' '));
    assert.match(io.err, /--country FR is not supported; supported: .*GB.*US/);
  }
  assert.equal(await run(['check', '-', '--country', 'gb'], memoryIo('See you at noon.')), 0);
});
