import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from './script-or-data-link.js';
import { eml, runRule } from './test-utils.js';

const html = (body: string) => ({ input: eml({ from: 'x@example.org', subject: 'Hi', html: body }), channel: 'email' as const });

test('flags data: and javascript: links', async () => {
  const d = await runRule(rule, html('<a href="data:text/html;base64,PHNjcmlwdD4=">View invoice</a>'));
  assert.equal(d[0]?.data?.scheme, 'data');
  assert.equal(d[0]?.strength, 1);
  const j = await runRule(rule, html('<a href="javascript:location=\'http://x.top\'">Open</a>'));
  assert.equal(j[0]?.data?.scheme, 'javascript');
});

test('near misses: web and mailto links; javascript:void(0) counts little', async () => {
  assert.deepEqual(await runRule(rule, html('<a href="https://example.org">site</a> <a href="mailto:a@example.org">mail</a>')), []);
  const noop = await runRule(rule, html('<a href="javascript:void(0)">menu</a>'));
  assert.ok((noop[0]?.strength ?? 0) <= 0.2);
});
