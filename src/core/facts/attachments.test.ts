import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zipOf } from '../signals/attachment-fixtures.js';
import { doubleExtension, kindOf, listZip, pdfFacts, latin1 } from './attachments.js';

test('file kinds from extension, then MIME type', () => {
  assert.equal(kindOf('a.EXE', 'application/octet-stream'), 'executable');
  assert.equal(kindOf('a.docm', ''), 'macro-office');
  assert.equal(kindOf(null, 'text/html'), 'html');
  assert.equal(kindOf('a.pdf', 'application/pdf'), 'pdf');
  assert.equal(kindOf('a.jpg', 'image/jpeg'), 'other');
});

test('double extensions, padding and right-to-left overrides', () => {
  assert.deepEqual(doubleExtension('invoice.pdf.exe'), { shown: 'pdf', real: 'exe', trick: 'double' });
  assert.equal(doubleExtension('scan\u202Efdp.scr')?.trick, 'rtlo');
  assert.equal(doubleExtension('photo.jpg      .js')?.trick, 'padding');
  assert.equal(doubleExtension('report.v2.pdf'), null);
  assert.equal(doubleExtension('backup.tar.gz'), null);
});

test('zip listing reads names without unpacking, within caps', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) files[`f${i}.txt`] = 'x';
  files['run.vbs'] = 'x';
  const l = listZip(zipOf(files));
  assert.equal(l.count, 61);
  assert.equal(l.names.length, 50);
  assert.equal(l.truncated, true);
  assert.equal(listZip(new TextEncoder().encode('not a zip')).error, 'not a zip file');
});

test('PDF link annotations and active content', () => {
  const f = pdfFacts(new TextEncoder().encode('%PDF /URI (https://x.example/a) /URI (mailto:a@b) /JavaScript'));
  assert.deepEqual(f.links, ['https://x.example/a']);
  assert.equal(f.active, true);
  assert.equal(pdfFacts(new TextEncoder().encode('%PDF nothing')).active, false);
});

test('latin1 reads every byte as the character of the same code, across its 64 KB chunks', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.equal(latin1(all), String.fromCharCode(...all));
  // Pseudo-random bytes over three chunk boundaries, then a PDF with a link whose bytes straddle one.
  const big = new Uint8Array(3 * 65536 + 17);
  let x = 12345;
  for (let i = 0; i < big.length; i++) big[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  let expected = '';
  for (let i = 0; i < big.length; i += 4096) expected += String.fromCharCode(...big.subarray(i, i + 4096));
  assert.equal(latin1(big), expected);
  const uri = new TextEncoder().encode('/URI (https://evil.example.top/login)');
  big.set(uri, 65536 - 10);
  big.set(new TextEncoder().encode('/JavaScript '), 2 * 65536 - 3);
  const facts = pdfFacts(big);
  assert.ok(facts.links.includes('https://evil.example.top/login'), JSON.stringify(facts.links));
  assert.equal(facts.active, true);
});
