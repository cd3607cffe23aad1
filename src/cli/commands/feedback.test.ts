import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../core/index.js';
import { openCaseStore, type CaseStore } from '../../node/store/index.js';
import { startServer, type RunningServer } from '../../server/node.js';
import { parseTokenFile, TokenSet } from '../../server/tokens.js';
import { UsageError } from '../args.js';
import { memoryIo } from '../io.js';
import { feedbackCommand } from './feedback.js';

// `impostor feedback` against a real server (loopback, free port) with a real embedded store and tokens.

describe('impostor feedback', () => {
  let store: CaseStore;
  let server: RunningServer;
  let id: string;
  const parent = mkdtempSync(join(tmpdir(), 'impostor-fbcli-'));
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  before(async () => {
    store = await openCaseStore({ dataDir: join(parent, 'data') });
    const text = 'Hi, lunch at noon tomorrow? Ana';
    id = await store.create({ text, report: await analyze({ input: text, channel: 'sms', from: null }) });
    const tokens = new TokenSet(parseTokenFile(`reader sha256:${sha('rr')}\nanalyst sha256:${sha('aa')}\n`));
    server = await startServer({ port: 0, tuneHeap: false, webRoot: null, logger: () => {}, cases: { store: Promise.resolve(store), tokens } });
  });
  after(async () => {
    await server.close();
    await store.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('records the label with who said it and the token used', async () => {
    const io = memoryIo();
    io.env.IMPOSTOR_API_TOKEN = 'aa';
    assert.equal(await feedbackCommand([id, 'wrong_brand', '--brand', 'paypal', '--by', 'fraud team', '--server', server.url], io), 0, io.err);
    assert.match(io.out, /a scam of paypal/);
    const fb = (await store.get(id))!.feedback;
    assert.deepEqual(fb.map((f) => [f.label, f.brand, f.by, f.token]), [['wrong_brand', 'paypal', 'fraud team', `analyst:${sha('aa').slice(0, 12)}`]]);
  });

  it('says why when the server refuses: a reader token, an unknown case', async () => {
    const io = memoryIo();
    io.env.IMPOSTOR_API_TOKEN = 'rr';
    assert.equal(await feedbackCommand([id, 'scam', '--server', server.url], io), 1);
    assert.match(io.err, /403: This needs the analyst role/);
    const io2 = memoryIo();
    io2.env.IMPOSTOR_API_TOKEN = 'aa';
    assert.equal(await feedbackCommand(['00000000-0000-4000-8000-000000000000', 'scam', '--server', server.url], io2), 2);
    assert.match(io2.err, /404/);
  });

  it('bad arguments are usage errors', async () => {
    await assert.rejects(feedbackCommand([id, 'maybe'], memoryIo()), UsageError);
    await assert.rejects(feedbackCommand([id, 'wrong_brand'], memoryIo()), /--brand/);
    await assert.rejects(feedbackCommand([id], memoryIo()), UsageError);
    const io = memoryIo();
    assert.equal(await feedbackCommand([id, 'scam', '--server', 'http://127.0.0.1:1'], io), 2);
    assert.match(io.err, /cannot reach/);
  });
});
