// Types for mbox-reader (postalsys), which ships none.
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';
  export interface MboxMessage {
    returnPath: string;
    time: Date | false;
    content: Buffer;
    headers: Map<string, string[]>;
    flags: Set<string>;
    labels: Set<string>;
  }
  export function mboxReader(input: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxMessage>;
}
