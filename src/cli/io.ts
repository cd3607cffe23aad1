import { readFile } from 'node:fs/promises';

// The CLI's window on the world, injected so tests can run commands in-process.
export interface Io {
  stdin: () => Promise<Uint8Array>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Whether stdout is a terminal (colour, layout). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function processIo(): Io {
  return {
    stdin: readStdin,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    isTTY: !!process.stdout.isTTY,
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
