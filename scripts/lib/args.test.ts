import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The npm scripts share scriptArgs: a wrong option is a one-line error and exit 2, --help the usage.
const DIGEST = fileURLToPath(new URL('../report-digest.js', import.meta.url));

test('a script given an unknown option says so in one line and exits 2, without a stack trace', () => {
  const r = spawnSync(process.execPath, [DIGEST, '--bogus'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: Unknown option '--bogus'/);
  assert.match(r.stderr, /usage: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('--help prints the usage and exits 0', () => {
  const r = spawnSync(process.execPath, [DIGEST, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: node dist\/scripts\/report-digest\.js/);
});
