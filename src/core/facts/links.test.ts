import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BRANDS } from '../brands/index.js';
import { analyzeLinkHref, textTargetMismatch, unwrapLink } from './links.js';

test('unwraps mail-security wrappers when the target is in the URL', () => {
  const t = 'https://example.org/a?b=1';
  assert.equal(unwrapLink(`https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(t)}&data=x`).target, t);
  assert.equal(unwrapLink(`https://www.google.com/url?q=${encodeURIComponent(t)}&sa=D`).wrapper, 'google');
  assert.equal(unwrapLink('https://urldefense.proofpoint.com/v2/url?u=https-3A__example.org_a&d=x').target, 'https://example.org/a');
  assert.equal(unwrapLink('https://urldefense.com/v3/__https://example.org/a__;!!abc').target, 'https://example.org/a');
  const mc = unwrapLink('https://protect-eu.mimecast.com/s/abcd');
  assert.equal(mc.opaque, true);
  assert.equal(unwrapLink('https://example.org/x').wrapper, null);
});

test('link facts: IP, userinfo, shortener, redirect, sign-in path, lookalike', () => {
  assert.equal(analyzeLinkHref('http://203.0.113.7/x', BRANDS).isIp, true);
  assert.equal(analyzeLinkHref('http://www.paypal.com@evil.example/', BRANDS).userinfo, 'www.paypal.com');
  assert.equal(analyzeLinkHref('https://bit.ly/abc', BRANDS).shortener, 'bit.ly');
  assert.equal(analyzeLinkHref('https://t.example/r?url=https%3A%2F%2Fevil.example%2F', BRANDS).redirectTo, 'https://evil.example/');
  assert.equal(analyzeLinkHref('https://x.example/ap/signin?x', BRANDS).loginPath?.toLowerCase(), 'signin');
  assert.equal(analyzeLinkHref('javascript:alert(1)', BRANDS).scheme, 'javascript');
  const f = analyzeLinkHref('https://amazon-verify-account.com/', BRANDS);
  assert.equal(f.status?.kind, 'lookalike');
});

test('shown text versus target', () => {
  const f = analyzeLinkHref('https://evil.example/x', BRANDS);
  assert.equal(textTargetMismatch('www.amazon.com', f, BRANDS)?.shownBrand, 'amazon');
  assert.equal(textTargetMismatch('Click here', f, BRANDS), null);
  assert.equal(textTargetMismatch('www.amazon.de', analyzeLinkHref('https://www.amazon.com/', BRANDS), BRANDS), null);
});

test('unwrap: Google AMP viewer links go to the page after /amp/', () => {
  assert.deepEqual(unwrapLink('https://www.google.co.uk/amp/revision-online.example/abc?x=1'), { target: 'http://revision-online.example/abc?x=1', wrapper: 'google-amp', opaque: false });
  assert.deepEqual(unwrapLink('https://google.com/amp/s/tether.example/campaign'), { target: 'https://tether.example/campaign', wrapper: 'google-amp', opaque: false });
  // Not a host after /amp/: the link stays Google's own page.
  assert.equal(unwrapLink('https://www.google.com/amp/').wrapper, 'google-amp');
  assert.equal(unwrapLink('https://www.google.com/amp/').opaque, true);
  assert.equal(unwrapLink('https://www.google.com/maps/place/x').wrapper, null);
});
