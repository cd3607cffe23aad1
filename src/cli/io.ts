import { readFile } from 'node:fs/promises';

// The CLI's window on the world, injected so tests can run commands in-process.
export interface Io {
  stdin: () => Promise<Uint8Array>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Whether stdout is a terminal (colour, layout). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there, so stdout stays clean for pipes). */
  errIsTTY?: boolean;
  /** Read a line from the terminal without echoing it (passwords); absent when there is none. */
  promptSecret?: (question: string) => Promise<string>;
  env: Record<string, string | undefined>;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Ask on the terminal with echo off: the typed characters are not shown and not kept. */
function promptSecret(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (d: Buffer) => {
      for (const ch of d.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

export function processIo(): Io {
  return {
    stdin: readStdin,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
    promptSecret: process.stdin.isTTY && process.stderr.isTTY ? promptSecret : undefined,
    env: process.env,
  };
}

/** An Io that records output, for tests. */
export function memoryIo(stdinText = '', files: Record<string, string | Uint8Array> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdin: async () => new TextEncoder().encode(stdinText),
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    readFile: async (p: string) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    isTTY: false,
    env: {} as Record<string, string | undefined>,
  };
  return io;
}
