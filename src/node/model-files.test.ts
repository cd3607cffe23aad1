import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, checkModel, fetchModelSource, fnv1aBytes, loadModels, MODEL_NAMES, setModelSource, type ModelHeader, type ModelSource } from '../core/index.js';
import { modelsDir, nodeModelSource, readModelFiles } from './model-files.js';

// The learned models are assets (models/<name>/): a header, the weights and a model card. These
// tests keep the three in agreement, keep the weights out of every JavaScript bundle, and check the
// loading seam (the core reads a model only through the registered source, on first use).

const root = join(modelsDir(), '..');

/** "- Key: value" lines of a card's Facts section. */
function cardFacts(card: string): Map<string, string> {
  const facts = new Map<string, string>();
  const section = /## Facts[^\n]*\n([\s\S]*?)(?:\n## |$)/.exec(card)?.[1] ?? '';
  for (const m of section.matchAll(/^- ([^:]+): (.+)$/gm)) facts.set(m[1]!, m[2]!.trim());
  return facts;
}

for (const name of MODEL_NAMES) {
  test(`${name}: header, weights and model card agree`, () => {
    const raw = readModelFiles(name);
    const h: ModelHeader = checkModel(name, raw);
    assert.equal(h.weights.fnv1a, fnv1aBytes(raw.weights));
    assert.match(h.trainedAt, /^\d{4}-\d{2}-\d{2}$/);
    const card = readFileSync(join(modelsDir(), name, 'MODEL_CARD.md'), 'utf8');
    const f = cardFacts(card);
    assert.equal(f.get('Model'), name);
    assert.equal(f.get('Trained'), h.trainedAt, 'card date');
    assert.equal(f.get('Feature version'), String(h.featureVersion), 'card feature version');
    assert.equal(f.get('Hash bits'), String(h.bits), 'card hash bits');
    assert.equal(f.get('Weights'), `${h.weights.file}, ${h.weights.bytes} bytes, FNV-1a ${h.weights.fnv1a}`, 'card weights');
    assert.equal(f.get('Seed'), String(h.meta['seed']), 'card seed');
    // The card says what it was trained on and what was measured.
    assert.match(card, /## (Training data|Data, features, figures)/);
  });
}

test('a header that does not match its weights is refused', () => {
  const raw = readModelFiles('url-model');
  const other = new Uint8Array(raw.weights);
  other[7] = other[7]! ^ 1;
  assert.throws(() => checkModel('url-model', { header: raw.header, weights: other }), /not the ones the header was written with/);
  assert.throws(() => checkModel('url-model', { header: raw.header, weights: raw.weights.subarray(2) }), /bytes/);
  assert.throws(() => checkModel('text-model', raw), /header is for url-model/);
});

/** Base64 of a stretch of the weights, from a byte offset that is a multiple of 3 of the whole file. */
function weightsProbe(name: string): string {
  const w = readModelFiles(name as 'text-model').weights;
  // A stretch with many non-zero bytes (zeros are common in any file).
  const at = 3 * Math.floor(w.length / 6);
  return Buffer.from(w.subarray(at, at + 48)).toString('base64');
}

test('no JavaScript bundle holds the weights: the page and the CLI load them as files', (t) => {
  const web = join(root, 'dist', 'web');
  const cli = join(root, 'dist', 'bundle', 'cli');
  if (!existsSync(join(web, 'app.js')) || !existsSync(join(cli, 'run.mjs'))) return t.skip('run npm run build first');
  const probes = MODEL_NAMES.map(weightsProbe);
  for (const dir of [web, cli, join(root, 'dist', 'src', 'core', 'model')]) {
    for (const f of readdirSync(dir).filter((n) => /\.m?js$/.test(n))) {
      const text = readFileSync(join(dir, f), 'latin1');
      for (const p of probes) assert.ok(!text.includes(p), `${dir}/${f} holds model weights`);
    }
  }
  // The page gets the model files beside its chunks, byte for byte, and the service worker keeps them.
  for (const name of MODEL_NAMES) {
    assert.deepEqual(new Uint8Array(readFileSync(join(web, `${name}.bin`))), readModelFiles(name).weights, `${name}.bin`);
    assert.deepEqual(JSON.parse(readFileSync(join(web, `${name}.json`), 'utf8')), readModelFiles(name).header);
  }
  const sw = readFileSync(join(web, 'sw.js'), 'utf8');
  for (const name of MODEL_NAMES) for (const ext of ['json', 'bin']) assert.ok(sw.includes(`"${name}.${ext}"`), `sw.js lists ${name}.${ext}`);
  // The engine chunk without the weights: under the 1.4 MB of base64 they used to add.
  const largest = Math.max(...readdirSync(web).filter((n) => /^chunk-.*\.js$/.test(n)).map((n) => readFileSync(join(web, n)).length));
  assert.ok(largest < 1_400_000, `largest chunk ${largest} bytes`);
});

test('the core reads a model only through the registered source, on the first check that needs it', async () => {
  const asked: string[] = [];
  const counting: ModelSource = {
    async load(name) {
      asked.push(name);
      await new Promise((r) => setTimeout(r, 5));
      return nodeModelSource.load(name);
    },
  };
  try {
    setModelSource(counting);
    assert.deepEqual(asked, [], 'nothing read at registration');
    const off = await analyze({ input: 'Your parcel is held, pay at http://dpd-fee.top/x', channel: 'sms' }, { model: false, urlModel: false });
    assert.equal(off.findings.some((f) => f.ruleId.startsWith('learned-')), false);
    assert.deepEqual(asked, [], 'models turned off: nothing read');
    const [a, b] = await Promise.all([
      analyze({ input: 'URGENT: your account is locked, verify now at http://secure-login-verify.top/acc', channel: 'sms' }),
      analyze({ input: 'See you at noon', channel: 'sms' }),
    ]);
    assert.deepEqual(asked.sort(), ['text-model', 'url-model'], 'each model read once');
    await loadModels();
    assert.equal(asked.length, 2);
    // Same reports as with the Node source.
    setModelSource(nodeModelSource);
    const again = await analyze({ input: 'URGENT: your account is locked, verify now at http://secure-login-verify.top/acc', channel: 'sms' });
    assert.deepEqual(again.findings, a.findings);
    assert.ok(b.verdict);
    // No source: a clear error, not a silent report without the model.
    setModelSource(null);
    await assert.rejects(analyze({ input: 'hello there', channel: 'sms' }), /no model source is registered/);
  } finally {
    setModelSource(nodeModelSource);
  }
});

test('fetchModelSource reads <name>.json and <name>.bin from its base URL (the page)', async () => {
  const asked: string[] = [];
  const source = fetchModelSource('https://example.test/app/', async (url) => {
    asked.push(url);
    const m = /\/app\/(text-model|url-model)\.(json|bin)$/.exec(url);
    if (!m) return new Response('', { status: 404 });
    const raw = readModelFiles(m[1] as 'text-model');
    return new Response(m[2] === 'json' ? JSON.stringify(raw.header) : (raw.weights.slice().buffer as ArrayBuffer));
  });
  const raw = await source.load('url-model');
  assert.deepEqual(asked.sort(), ['https://example.test/app/url-model.bin', 'https://example.test/app/url-model.json']);
  assert.deepEqual(raw.weights, readModelFiles('url-model').weights);
  checkModel('url-model', raw);
  const broken = fetchModelSource('https://example.test/none/', async () => new Response('', { status: 404 }));
  await assert.rejects(Promise.resolve(broken.load('text-model')), /HTTP 404/);
});
