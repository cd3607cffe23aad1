import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze, type Report } from '../core/index.js';
import { startServer, type RunningServer } from './node.js';

// integrations/rspamd/impostor.lua inside a real Rspamd (Debian's rspamd), fed corpus mail with
// rspamc. Rspamd is started here on a free loopback port with a throw-away config: no plugins
// directory (so no redis, DNS lists, fuzzy, neural…), only Rspamd's own rules file, which runs
// $LOCAL_CONFDIR/rspamd.local.lua — where, as in a real install, a dofile() loads the plugin — and
// the impostor { … } section from $LOCAL_CONFDIR/rspamd.conf.local. Impostor's API runs in this
// process on another free port. CI installs rspamd and sets IMPOSTOR_REQUIRE_SERVICES=1, so there a
// missing Rspamd fails instead of skipping.

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const hasRspamd = has('rspamd') && has('rspamc');
const required = process.env.IMPOSTOR_REQUIRE_SERVICES === '1';
const CORPUS = '../shared/corpus/email';
const hasCorpus = existsSync(CORPUS);
const skip = !hasRspamd && !required ? 'rspamd/rspamc not installed' : !hasCorpus ? 'no ../shared/corpus' : false;

// The weights and rule-id cap this test configures (not the plugin's defaults), to see the section is read.
const WEIGHT = { likely_scam: 9.0, suspicious: 4.0 };
const MAX_RULES = 3;

function findUp(rel: string): string {
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    if (existsSync(join(d, rel))) return join(d, rel);
    if (dirname(d) === d) throw new Error(`${rel} not found above ${import.meta.url}`);
  }
}

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.on('error', rej);
  });

const canConnect = (port: number) =>
  new Promise<boolean>((res) => {
    const c = connect(port, '127.0.0.1', () => {
      c.destroy();
      res(true);
    });
    c.on('error', () => res(false));
  });

interface RspamdSymbol {
  name: string;
  score: number;
  metric_score: number;
  options?: string[];
}
interface RspamdReply {
  score: number;
  action: string;
  symbols: Record<string, RspamdSymbol>;
}

/** What the plugin should add for a report: the symbol, and its options (brand=…, then rule ids). */
function expected(r: Report): { symbol: string | null; options: string[] } {
  const symbol = r.verdict === 'likely_scam' ? 'IMPOSTOR_LIKELY_SCAM' : r.verdict === 'suspicious' ? 'IMPOSTOR_SUSPICIOUS' : null;
  const rules = [...new Set(r.findings.filter((f) => f.effect !== 'lower').map((f) => f.ruleId))].slice(0, MAX_RULES);
  return { symbol, options: [...(r.brand ? [`brand=${r.brand}`] : []), ...rules] };
}

const corpus = (file: string) =>
  readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; format?: string });

describe('the Rspamd plugin in a real Rspamd', { skip }, () => {
  let dir = '';
  let rspamd: ChildProcess | null = null;
  let rspamdExit: Promise<unknown> = Promise.resolve();
  let impostor: RunningServer | null = null;
  let port = 0;
  const log = () => {
    try {
      return readFileSync(join(dir, 'rspamd.log'), 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '(no rspamd log)';
    }
  };

  /** rspamc against our worker; asynchronous, since Impostor answers from this same process. */
  const rspamc = (file: string) =>
    new Promise<RspamdReply>((res, rej) => {
      execFile('rspamc', ['-h', `127.0.0.1:${port}`, '-t', '20', '--json', file], { timeout: 30_000 }, (err, stdout, stderr) => {
        if (err) return rej(new Error(`rspamc failed: ${err.message}\n${stderr}\n${log()}`));
        try {
          res(JSON.parse(stdout) as RspamdReply);
        } catch {
          rej(new Error(`rspamc printed no JSON: ${stdout.slice(0, 500)}`));
        }
      });
    });

  const impostorSymbols = (r: RspamdReply) => Object.keys(r.symbols).filter((s) => s.startsWith('IMPOSTOR_')).sort();

  // Corpus messages chosen by Impostor's own in-process verdict (not by id): the first phishing_pot
  // message it calls suspicious with a brand, the first it calls likely scam with a brand, the first
  // flagged one with no brand and more rules than the cap, and genuine mail it leaves alone (the
  // genuine Amazon message and the first quiet SpamAssassin ham).
  const mails: { name: string; file: string; report: Report }[] = [];

  before(async () => {
    assert.ok(hasRspamd, 'IMPOSTOR_REQUIRE_SERVICES=1 but rspamd or rspamc is not installed');
    dir = mkdtempSync(join(tmpdir(), 'impostor-rspamd-'));
    chmodSync(dir, 0o755);

    const pick = async (file: string, want: (r: Report) => boolean, name: string) => {
      for (const rec of corpus(file)) {
        if (rec.format) continue;
        const report = await analyze({ input: rec.text }, { country: 'US' });
        if (!want(report)) continue;
        const path = join(dir, `${rec.id}.eml`);
        writeFileSync(path, rec.text);
        mails.push({ name, file: path, report });
        return;
      }
      throw new Error(`no ${name} message in ${file}`);
    };
    await pick('phishing-pot.jsonl', (r) => r.verdict === 'suspicious' && !!r.brand, 'phishing (suspicious)');
    await pick('phishing-pot.jsonl', (r) => r.verdict === 'likely_scam' && !!r.brand, 'phishing (likely scam)');
    const ruleCount = (r: Report) => new Set(r.findings.filter((f) => f.effect !== 'lower').map((f) => f.ruleId)).size;
    await pick('phishing-pot.jsonl', (r) => r.verdict !== 'no_red_flags' && !r.brand && ruleCount(r) > MAX_RULES, 'phishing (no brand)');
    await pick('amazon-genuine-auto-categorizer.jsonl', (r) => r.verdict === 'no_red_flags', 'genuine Amazon');
    await pick('spamassassin-ham.jsonl', (r) => r.verdict === 'no_red_flags', 'genuine ham');

    impostor = await startServer({ host: '127.0.0.1', port: 0, logger: () => {}, webRoot: null, tuneHeap: false });
    port = await freePort();
    // Rspamd's URL detector compiles every public suffix at start-up (15 s and more on a busy
    // machine); the plugin sends the raw message, so a short list is enough here.
    writeFileSync(join(dir, 'tld.dat'), ['com', 'net', 'org', 'info', 'top', 'io', 'co.uk', 'uk', 'de', 'nl', 'ru', 'in', 'us', ''].join('\n'));
    writeFileSync(
      join(dir, 'rspamd.conf'),
      [
        'options {',
        '  filters = "";',
        `  cache_file = "${dir}/symbols.cache";`,
        `  url_tld = "${dir}/tld.dat";`,
        `  tempdir = "${dir}";`,
        '  dns { nameserver = ["127.0.0.1:1"]; timeout = 0.2s; retransmits = 0; }',
        '}',
        `logging { type = "file"; filename = "${dir}/rspamd.log"; level = "info"; }`,
        `worker "normal" { bind_socket = "127.0.0.1:${port}"; count = 1; mime = true; task_timeout = 20s; }`,
        'actions { reject = 15; add_header = 6; greylist = 4; }',
        'lua = "$RULESDIR/rspamd.lua";',
        '.include(try=true) "$LOCAL_CONFDIR/rspamd.conf.local"',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'rspamd.local.lua'), `dofile(${JSON.stringify(findUp('integrations/rspamd/impostor.lua'))})\n`);
    writeFileSync(
      join(dir, 'rspamd.conf.local'),
      `impostor {\n  url = "${impostor.url}";\n  timeout = 10.0;\n  score_likely_scam = ${WEIGHT.likely_scam.toFixed(1)};\n  score_suspicious = ${WEIGHT.suspicious.toFixed(1)};\n  max_rules = ${MAX_RULES};\n}\n`,
    );

    // Rspamd will not run its workers as root: as root they run as Debian's _rspamd user.
    const root = process.getuid?.() === 0;
    const asUser = root ? (spawnSync('id', ['-u', '_rspamd']).status === 0 ? ['-u', '_rspamd', '-g', '_rspamd'] : ['--insecure']) : [];
    if (root && asUser[0] === '-u') spawnSync('chown', ['-R', '_rspamd:_rspamd', dir]);
    const vars = ['LOCAL_CONFDIR', 'DBDIR', 'RUNDIR', 'LOGDIR'].flatMap((v) => ['--var', `${v}=${dir}`]);
    // Its own process group, so the workers it forks go with it whatever happens to this process.
    rspamd = spawn('rspamd', ['-f', '-c', join(dir, 'rspamd.conf'), ...vars, ...asUser], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    rspamd.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const child = rspamd;
    rspamdExit = new Promise((r) => child.once('exit', r));
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`rspamd exited (${child.exitCode}): ${stderr}\n${log()}`);
      if (await canConnect(port)) break;
      if (i > 300) throw new Error(`rspamd did not listen on ${port} in 30 s\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  after(async () => {
    const child = rspamd;
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {}
      }, 5000);
      await rspamdExit;
      clearTimeout(t);
    }
    await impostor?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adds IMPOSTOR_SUSPICIOUS / IMPOSTOR_LIKELY_SCAM with the brand and rule ids for phishing mail', async () => {
    for (const m of mails.filter((x) => x.report.verdict !== 'no_red_flags')) {
      const reply = await rspamc(m.file);
      const want = expected(m.report);
      assert.deepEqual(impostorSymbols(reply), [want.symbol], `${m.name}: ${JSON.stringify(reply.symbols)}`);
      const sym = reply.symbols[want.symbol!]!;
      if (m.report.brand) assert.ok(sym.options?.includes(`brand=${m.report.brand}`), `${m.name}: no brand option in ${sym.options}`);
      assert.deepEqual([...(sym.options ?? [])].sort(), [...want.options].sort(), m.name);
      // Rspamd's score for the symbol: the configured weight times Impostor's score.
      const weight = m.report.verdict === 'likely_scam' ? WEIGHT.likely_scam : WEIGHT.suspicious;
      assert.equal(sym.metric_score, weight);
      assert.ok(Math.abs(sym.score - weight * m.report.score) < 0.01, `${m.name}: score ${sym.score}, expected ${weight} × ${m.report.score}`);
    }
  });

  it('adds no Impostor symbol to genuine mail (and no IMPOSTOR_FAIL: Impostor answered)', async () => {
    const genuine = mails.filter((x) => x.report.verdict === 'no_red_flags');
    assert.equal(genuine.length, 2);
    for (const m of genuine) assert.deepEqual(impostorSymbols(await rspamc(m.file)), [], m.name);
  });

  it('with Impostor stopped: only IMPOSTOR_FAIL with score 0, and the mail is not rejected', async () => {
    const phish = mails.find((x) => x.report.verdict === 'likely_scam')!;
    const up = await rspamc(phish.file);
    await impostor!.close();
    impostor = null;
    const down = await rspamc(phish.file);
    assert.deepEqual(impostorSymbols(down), ['IMPOSTOR_FAIL'], JSON.stringify(down.symbols));
    assert.equal(down.symbols.IMPOSTOR_FAIL!.score, 0);
    assert.notEqual(down.action, 'reject');
    // The other rules still ran: the score is what Rspamd gave without Impostor's symbol.
    assert.ok(Math.abs(down.score - (up.score - up.symbols.IMPOSTOR_LIKELY_SCAM!.score)) < 0.01, `up ${up.score}, down ${down.score}`);
  });
});
