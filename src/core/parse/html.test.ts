import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseSpaces, renderHtml } from './html.js';
import { normalizeChunk } from './normalize.js';

// The renderer's whitespace collapsing and normalisation fast paths must give what the plain
// character-by-character versions give.

/** The plain version: walk the characters, keep one space per run, none right after a space. */
function collapsePlain(s: string, afterSpace: boolean): string {
  let out = '';
  let last = afterSpace;
  for (const ch of s) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
      if (!last) out += ' ';
      last = true;
    } else {
      out += ch;
      last = false;
    }
  }
  return out;
}

/** normalizeChunk without its ASCII shortcut. */
function normalizePlain(s: string): string {
  let out = s.isWellFormed() ? s : s.toWellFormed();
  out = out.replace(/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g, '');
  out = out.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  return out.normalize('NFKC');
}

const pieces = [' ', '  ', '\n', '\t', '\r\n', '\f', '\u00a0', '\u2003', '\u200b', '\u00ad', 'a', 'Bc', '.', 'ＡＭＡＺＯＮ', 'ﬁ', 'e\u0301', '\ud800', '\udc00', '😀', '\u202e', '\x0b', '\x7f', 'x y'];

function randomStrings(n: number, seed: number): string[] {
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let s = '';
    const len = Math.floor(rnd() * 12);
    for (let i = 0; i < len; i++) s += pieces[Math.floor(rnd() * pieces.length)];
    out.push(s);
  }
  return out;
}

test('collapseSpaces equals the character walk', () => {
  for (const s of randomStrings(3000, 7)) {
    for (const after of [false, true]) assert.equal(collapseSpaces(s, after), collapsePlain(s, after), JSON.stringify([s, after]));
  }
});

test('normalizeChunk equals the plain normalisation, ASCII included', () => {
  for (const s of [...randomStrings(3000, 11), 'plain ascii', '', 'tab\there']) assert.equal(normalizeChunk(s), normalizePlain(s), JSON.stringify(s));
});

test('rendered text collapses spaces across text nodes and trims only the end', () => {
  const r = renderHtml('<p>  Hello&nbsp; <b> big </b>\n\n world </p><div>\t<a href="https://x.example/">  link\u2003 </a>  </div>\n \u3000');
  // A space before a block's line break is kept, as the renderer always did.
  assert.equal(r.text, 'Hello big world \nlink');
  assert.deepEqual(r.anchors.map((a) => [a.text, r.text.slice(a.start, a.end)]), [['link', 'link']]);
});

// htmlparser2's open-element stack costs time in its depth; past maxDepth the renderer starts a
// fresh parser (bench:adversarial "deep div nesting" times it; these check what is rendered).
test('HTML nested past the depth cap: the text after it is still rendered, and the cut is counted', () => {
  const lure = 'Verify your Amazon account at';
  const html = `${'<div>'.repeat(2000)}${lure} <a href="http://evil.example/">amazon.com</a>${'</div>'.repeat(2000)}`;
  const r = renderHtml(html, { maxLinks: 500, maxDepth: 256 });
  assert.ok(r.depthCuts >= 1, 'the cut is counted');
  assert.ok(r.text.includes(lure), r.text.slice(0, 200));
  assert.deepEqual(r.anchors.map((a) => [a.href, a.text]), [['http://evil.example/', 'amazon.com']]);
  const a = r.anchors[0]!;
  assert.equal(r.text.slice(a.start, a.end), 'amazon.com');
});

test('HTML within the depth cap renders as before, with no cut', () => {
  const html = `${'<table><tr><td>'.repeat(30)}<span style="display:none">hidden</span>Shown <a href="http://x.example/">link</a>${'</td></tr></table>'.repeat(30)}`;
  const capped = renderHtml(html, { maxLinks: 500, maxDepth: 256 });
  const roomy = renderHtml(html, { maxLinks: 500, maxDepth: 100_000 });
  assert.equal(capped.depthCuts, 0);
  assert.deepEqual(capped, roomy);
  assert.ok(!capped.text.includes('hidden'));
});

test('unclosed inline tags piling up past the cap: each cut restarts, the text survives', () => {
  const html = `${'<b><i><span><font>'.repeat(5000)}Call +1 888 555 0173 now`;
  const r = renderHtml(html, { maxLinks: 500, maxDepth: 256 });
  assert.ok(r.depthCuts >= 19, String(r.depthCuts));
  assert.ok(r.text.endsWith('Call +1 888 555 0173 now'), r.text.slice(-60));
});
