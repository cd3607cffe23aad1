import { ERROR_MAP, isImpostorError } from '../core/index.js';
import { UsageError } from './args.js';
import { CHECK_USAGE, checkCommand } from './commands/check.js';
import { processIo, type Io } from './io.js';
// Faster Blob joins for postal-mime on Node (same bytes); see src/node/fast-blob.ts.
import '../node/fast-blob.js';
import '../node/model-files.js';

// main(argv, io) → exit code. Subcommands are looked up in one table; each lives in commands/.

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; summary: string }> = {
  check: { run: async () => checkCommand, summary: 'analyse an email (.eml), text message or call transcript' },
  url: { run: async () => (await import('./commands/url.js')).urlCommand, summary: 'check one link: real target, lookalike brand domain, link tricks' },
  domain: { run: async () => (await import('./commands/domain.js')).domainCommand, summary: 'check one domain name: brand-owned, lookalike (of which brand) or unrelated' },
  scan: { run: async () => (await import('./commands/scan.js')).scanCommand, summary: 'scan an mbox file, a Maildir folder or an IMAP mailbox (imap://…), all cores' },
  serve: { run: async () => (await import('./commands/serve.js')).serveCommand, summary: 'start the web page and HTTP API' },
  worker: { run: async () => (await import('./commands/worker.js')).workerCommand, summary: 'take messages from a Redis queue (scan --queue), analyse and store them' },
  feedback: { run: async () => (await import('./commands/feedback.js')).feedbackCommand, summary: 'correct a stored case: scam, not_scam or wrong_brand' },
  playbook: { run: async () => (await import('./commands/playbook.js')).playbookCommand, summary: 'what to do now, by how far you got (--stage clicked-link, shared-card, …)' },
  report: { run: async () => (await import('./commands/report.js')).reportCommand, summary: 'a pre-filled report with secrets removed, or indicators as CSV / STIX 2.1' },
  brands: { run: async () => (await import('./commands/brands.js')).brandsCommand, summary: 'list the brand packs (domains, senders, statements, report routes)' },
};

export const USAGE = `impostor — catch brand-impersonation scams (Amazon, PayPal, USPS, banks, tolls … see impostor brands)

Usage: impostor <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "impostor <command> --help" for a command's options.

${CHECK_USAGE}`;

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('impostor 0.1.0\n');
    return 0;
  }
  // The --dns hook of `impostor check` (online SPF/DKIM/DMARC/ARC with mailauth) is loaded only
  // when asked for: mailauth and its dependencies were most of the CLI's start-up time.
  if (rest.some((a) => a === '--dns' || a.startsWith('--dns='))) await import('../node/cli-hooks.js');
  // Audio recordings for `impostor check` (decoded and transcribed only when the input is audio).
  if (name === 'check') await import('../node/audio-hooks.js');
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`impostor: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await cmd.run())(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`impostor ${name}: ${err.message}\n`);
      return 2;
    }
    if (isImpostorError(err)) {
      io.stderr(`impostor ${name}: ${err.message}\n`);
      return ERROR_MAP[err.code].exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES')) {
      io.stderr(`impostor ${name}: cannot read input: ${e.message}\n`);
      return 2;
    }
    io.stderr(`impostor ${name}: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}
