import '../src/node/model-files.js';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import '../src/node/fast-blob.js';
import { analyze } from '../src/core/index.js';
import { loadByChannel } from './lib/bench-util.js';

// Speed work must not change what the engine says. `node dist/scripts/report-digest.js --out F`
// analyses every email, SMS and call record of the corpus and writes one line per record: its id and
// the SHA-256 of the whole JSON report. `--against F` compares with an earlier digest and lists the
// records whose report changed (exit 1 if any). Run it before and after a change.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `
usage: node dist/scripts/report-digest.js [--corpus DIR] (--out FILE | --against FILE)
  --out FILE           write one line per corpus record: its id and the SHA-256 of its report
  --against FILE       compare with an earlier digest; exit 1 when any report changed
`;

const { values: opts } = scriptArgs({
  options: {
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus') },
    out: { type: 'string' },
    against: { type: 'string' },
  },
}, USAGE);

const byChannel = await loadByChannel(opts.corpus);
const lines: string[] = [];
for (const reqs of Object.values(byChannel)) {
  for (const r of reqs) {
    let body: string;
    try {
      body = JSON.stringify(await analyze({ input: r.input, channel: r.channel }));
    } catch (e) {
      body = `error: ${(e as Error).message}`;
    }
    lines.push(`${r.id}\t${createHash('sha256').update(body).digest('hex')}`);
  }
}
const text = `${lines.join('\n')}\n`;
if (opts.out) writeFileSync(opts.out, text);
process.stderr.write(`${lines.length} reports digested\n`);
if (opts.against) {
  const before = new Map(readFileSync(opts.against, 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]));
  const changed = lines.map((l) => l.split('\t') as [string, string]).filter(([id, h]) => before.get(id) !== h);
  for (const [id] of changed.slice(0, 50)) process.stdout.write(`changed: ${id}\n`);
  process.stdout.write(`${changed.length} of ${lines.length} reports differ from ${opts.against}\n`);
  process.exitCode = changed.length || before.size !== lines.length ? 1 : 0;
}
