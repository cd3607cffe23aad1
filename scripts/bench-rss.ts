import { fileURLToPath } from 'node:url';
import { scriptArgs } from './lib/args.js';
import { describeMachine, machine } from './lib/bench-util.js';
import { procMemMb, serveForBench, spawnBenchServer } from './lib/bench-server.js';

// `npm run bench:rss [-- --requests 1000 --mb 1]`: the server's resident memory under a sustained
// stream of large requests. The server (startServer, loopback, port picked by the OS) runs in its
// own process with the same V8 settings as `impostor serve`; this process POSTs N bodies of about
// 1 MB each, every one different (fresh hosts, links, words, so the content caches keep filling),
// a few at a time, and samples the server's RSS from /proc every 50 requests. "Steady" is the
// largest RSS over the last half of the run; a leak shows as a last-half maximum well above the
// first half's.

const SELF = fileURLToPath(import.meta.url);

const USAGE = `
usage: npm run bench:rss [-- options]
  --requests N     requests to send (default 1000)
  --mb X           size of each body in MB (default 1)
  --concurrency N  requests in flight (default 2)
  --json           machine-readable results
`;

const { values: opts } = scriptArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    mb: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
  },
}, USAGE);

/** RSS from /proc in MB, to 0.1 MB. */
function rssMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  const mb = procMemMb(pid, field);
  return mb === null ? null : Math.round(mb * 10) / 10;
}

/** A deterministic generator, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['account', 'verify', 'parcel', 'payment', 'suspended', 'click', 'confirm', 'delivery', 'amazon', 'paypal', 'refund', 'today', 'urgent', 'your', 'the', 'we', 'please', 'login'];

/**
 * Body i: one of three shapes, each about `bytes` long and unlike every other body: a text, an HTML
 * email and a plain email, each with a few links to hosts no other body uses (as scams carry) in
 * front of prose padding. Few links per message is the hard case for a memo keyed on links: a memo
 * emptied every few messages by thousands of links never holds many of them.
 */
function body(i: number, bytes: number): { contentType: string; data: string } {
  const r = rng(i + 1);
  const token = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(r() * 36)]).join('');
  const chunk = Array.from({ length: 800 }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const pad = (n: number) => `${token(16)} ${chunk.repeat(Math.ceil(n / chunk.length))}`.slice(0, n);
  const link = (k: number) => `https://login-${token(8)}.${token(6)}-${i}-${k}.top/verify/${token(24)}`;
  switch (i % 3) {
    case 0:
      return { contentType: 'application/json', data: JSON.stringify({ text: `Amazon: your parcel is on hold. Pay the fee at ${link(0)} or ${link(1)} today. ${pad(bytes - 300)}`, channel: 'sms' }) };
    case 1: {
      const head = [`From: "PayPal Service" <service@${token(12)}-${i}.com>`, 'To: you@example.org', `Subject: Account ${token(8)}`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', ''].join('\r\n');
      return { contentType: 'message/rfc822', data: `${head}<p>Your account is limited. <a href="${link(0)}">Restore access</a> or <a href="${link(1)}">${link(2)}</a>.</p><p>${pad(bytes - 600)}</p>` };
    }
    default: {
      const head = [`From: "Apple" <no-reply@${token(10)}-${i}.com>`, 'To: you@example.org', `Subject: Your Apple ID ${token(6)}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', ''].join('\r\n');
      return { contentType: 'message/rfc822', data: `${head}Your Apple ID was locked. Verify at ${link(0)} within 24 hours.\r\n${pad(bytes - 500)}` };
    }
  }
}

async function main(): Promise<void> {
  const n = Number(opts.requests);
  const bytes = Math.round(Number(opts.mb) * 1024 * 1024);
  const concurrency = Number(opts.concurrency);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const { child, url } = await spawnBenchServer(SELF, [], 'ignore');
  const pid = child.pid!;
  const samples: { done: number; rssMb: number | null }[] = [{ done: 0, rssMb: rssMbOf(pid, 'VmRSS') }];
  let next = 0;
  let done = 0;
  let errors = 0;
  let slowestMs = 0;
  const started = Date.now();
  const m = machine();
  async function worker(): Promise<void> {
    while (next < n) {
      const i = next++;
      const b = body(i, bytes);
      const t0 = Date.now();
      const res = await fetch(`${url}api/analyze`, { method: 'POST', headers: { 'content-type': b.contentType }, body: b.data });
      await res.arrayBuffer();
      slowestMs = Math.max(slowestMs, Date.now() - t0);
      if (res.status !== 200) errors++;
      done++;
      if (done % 50 === 0) {
        samples.push({ done, rssMb: rssMbOf(pid, 'VmRSS') });
        if (!opts.json) process.stderr.write(`\r${done}/${n} requests, RSS ${samples.at(-1)!.rssMb} MB   `);
      }
    }
  }
  // SIGTERM/SIGINT: finish the requests in flight and report what was measured so far.
  let stopped = false;
  const stopEarly = () => {
    stopped = true;
    next = n;
  };
  process.once('SIGTERM', stopEarly);
  process.once('SIGINT', stopEarly);
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    const peak = rssMbOf(pid, 'VmHWM');
    child.kill('SIGTERM');
    const half = samples.filter((s) => s.done > n / 2).map((s) => s.rssMb ?? 0);
    const first = samples.filter((s) => s.done > 0 && s.done <= n / 2).map((s) => s.rssMb ?? 0);
    const result = {
      machine: m,
      requests: done,
      stoppedEarly: stopped,
      bodyMb: Number(opts.mb),
      errors,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      slowestMs,
      startRssMb: samples[0]!.rssMb,
      firstHalfMaxRssMb: first.length ? Math.max(...first) : null,
      steadyRssMb: half.length ? Math.max(...half) : null,
      finalRssMb: samples.at(-1)!.rssMb,
      peakRssMb: peak,
      samples,
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      log('');
      log(describeMachine(m));
      log(`${done} requests of ${opts.mb} MB (${errors} errors) in ${result.seconds} s, slowest ${slowestMs} ms`);
      log(`server RSS: start ${result.startRssMb} MB, first-half max ${result.firstHalfMaxRssMb} MB, steady (last-half max) ${result.steadyRssMb} MB, final ${result.finalRssMb} MB, peak ${peak} MB`);
    }
  }
}

if (opts.serve) await serveForBench({ logger: () => {}, maxBodyBytes: 8 * 1024 * 1024 });
else await main();
