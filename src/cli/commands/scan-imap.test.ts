import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImapFlow } from 'imapflow';
import { memoryIo } from '../io.js';
import { scanCommand } from './scan.js';

// `impostor scan imap://…` against a real Dovecot (Debian dovecot-imapd), started here on a free
// loopback port with one user; messages are put there by IMAP APPEND. CI installs Dovecot and sets
// IMPOSTOR_REQUIRE_SERVICES=1, so there a missing Dovecot fails instead of skipping.

const hasDovecot = spawnSync('sh', ['-c', 'command -v dovecot']).status === 0;
const required = process.env.IMPOSTOR_REQUIRE_SERVICES === '1';

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });

const PHISH = 'From: "PayPal" <service@paypa1-secure-login.top>\r\nTo: you@example.org\r\nSubject: Your account is limited\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\nMessage-ID: <i1@paypa1-secure-login.top>\r\n\r\nYour PayPal account has been limited. Verify within 24 hours at http://paypa1-secure-login.top/verify or it will be closed.\r\n';
const NOTE = 'From: Ana <ana@example.org>\r\nTo: me@example.org\r\nSubject: lunch\r\nDate: Mon, 7 Dec 2026 10:00:00 +0000\r\nMessage-ID: <i2@example.org>\r\n\r\nSee you at noon.\r\n';

test('scan imap:// against a real Dovecot: reports with UIDs, --state, dry-run then --apply --flag', { skip: !hasDovecot && !required ? 'dovecot not installed' : false }, async () => {
  assert.ok(hasDovecot, 'IMPOSTOR_REQUIRE_SERVICES=1 but dovecot is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'impostor-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const u = root ? 'dovecot' : userInfo().username;
  mkdirSync(join(dir, 'run'));
  mkdirSync(join(dir, 'mail'));
  if (root) spawnSync('chown', ['-R', 'dovecot:dovecot', join(dir, 'mail')]);
  const g = root ? 'dovecot' : (spawnSync('id', ['-gn']).stdout.toString().trim() || u);
  writeFileSync(join(dir, 'passwd'), `bar:{PLAIN}s3cret::::${dir}/mail/bar\n`);
  writeFileSync(
    join(dir, 'dovecot.conf'),
    [
      'protocols = imap', 'listen = 127.0.0.1', `base_dir = ${dir}/run`, `state_dir = ${dir}/run`, `log_path = ${dir}/dovecot.log`,
      'ssl = no', 'disable_plaintext_auth = no', 'first_valid_uid = 1', 'first_valid_gid = 1', 'auth_mechanisms = plain login',
      `mail_location = maildir:${dir}/mail/%u`, `default_internal_user = ${u}`, `default_login_user = ${root ? 'dovenull' : u}`,
      `passdb {\n  driver = passwd-file\n  args = ${dir}/passwd\n}`, `userdb {\n  driver = static\n  args = uid=${u} gid=${g} home=${dir}/mail/%u\n}`,
      `service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service anvil {\n  chroot =\n}', '',
    ].join('\n'),
  );
  const dv = spawn('dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  try {
    let client: ImapFlow;
    for (let i = 0; ; i++) {
      try {
        // An ImapFlow instance connects once: a new one for each try while Dovecot starts.
        client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: 'bar', pass: 's3cret' }, logger: false });
        client.on('error', () => {});
        await client.connect();
        break;
      } catch (err) {
        if (i > 40) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await client.append('INBOX', PHISH);
    await client.append('INBOX', NOTE);
    const url = `imap://bar@127.0.0.1:${port}/INBOX`;
    const state = join(dir, 'state');
    const io = memoryIo();
    io.env.IMPOSTOR_IMAP_PASSWORD = 's3cret';
    assert.equal(await scanCommand([url, '--json', '--jobs', '1', '--state', state, '--flag'], io), 1);
    const recs = io.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(recs.map((r) => [r.source.kind, r.source.uid, r.source.messageId]), [['imap', 1, 'i1@paypa1-secure-login.top'], ['imap', 2, 'i2@example.org']]);
    assert.notEqual(recs[0].verdict, 'no_red_flags');
    assert.match(io.err, /Dry run: would flag/);
    const again = memoryIo();
    again.env.IMPOSTOR_IMAP_PASSWORD = 's3cret';
    await scanCommand([url, '--json', '--state', state], again);
    assert.equal(again.out, '');
    // --apply: the flagged message gets \Flagged and $Phishing, the note does not.
    const apply = memoryIo();
    apply.env.IMPOSTOR_IMAP_PASSWORD = 's3cret';
    await scanCommand([url, '--json', '--jobs', '1', '--flag', '--act-on', 'suspicious', '--apply'], apply);
    await client.mailboxOpen('INBOX');
    const flags = new Map<number, Set<string>>();
    for (const m of await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true })) flags.set(m.uid, m.flags ?? new Set());
    assert.ok(flags.get(1)?.has('\\Flagged') && flags.get(1)?.has('$Phishing'));
    assert.equal(flags.get(2)?.has('\\Flagged') ?? false, recs[1].verdict !== 'no_red_flags');
    const bad = memoryIo();
    bad.env.IMPOSTOR_IMAP_PASSWORD = 'wrong';
    assert.equal(await scanCommand([url, '--json'], bad), 2);
    assert.match(bad.err, /login failed|cannot open/);
    await client.logout();
  } finally {
    dv.kill();
  }
});
