import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrustedAuthservId, parseAuthResults, trustedAuthResults, DEFAULT_TRUSTED_AUTHSERV_IDS } from './auth.js';

const GOOGLE =
  'mx.google.com; dkim=pass header.i=@amazon.com header.s=abc header.b=xyz; spf=pass (google.com: domain of x@bounces.amazon.com designates 1.2.3.4 as permitted sender) smtp.mailfrom=x@bounces.amazon.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com';

test('parses a Gmail Authentication-Results header', () => {
  const p = parseAuthResults(GOOGLE);
  assert.equal(p.authservId, 'mx.google.com');
  assert.deepEqual(p.methods.map((m) => `${m.method}=${m.result}`), ['dkim=pass', 'spf=pass', 'dmarc=pass']);
  assert.equal(p.methods[0]!.props['header.i'], '@amazon.com');
});

test('Microsoft 365 writes no authserv-id; it is trusted only with X-MS-Exchange headers', () => {
  const v = 'spf=fail (sender IP is 1.2.3.4) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=paypal.com;compauth=fail reason=000';
  assert.equal(trustedAuthResults([{ name: 'authentication-results', value: v }]), null);
  const r = trustedAuthResults([{ name: 'authentication-results', value: v }, { name: 'x-ms-exchange-organization-authas', value: 'Anonymous' }]);
  assert.equal(r?.dmarc?.result, 'fail');
  assert.equal(r?.dmarc?.headerFrom, 'paypal.com');
});

test('only the topmost header of a trusted receiver counts; forged ones are ignored', () => {
  const forged = { name: 'authentication-results', value: 'evil.example; dmarc=pass header.from=paypal.com' };
  assert.equal(trustedAuthResults([forged]), null);
  const real = { name: 'authentication-results', value: GOOGLE };
  assert.equal(trustedAuthResults([forged, real])?.authservId, 'mx.google.com');
  assert.equal(trustedAuthResults([real], { trustedAuthservIds: ['mx.example.org'] }), null);
  assert.ok(isTrustedAuthservId('am6pr01mb1234.eurprd01.prod.outlook.com', DEFAULT_TRUSTED_AUTHSERV_IDS));
  assert.ok(!isTrustedAuthservId('prod.outlook.com.evil.example', DEFAULT_TRUSTED_AUTHSERV_IDS));
});
