// mailauth's own header and Received parsers (CommonJS, no types shipped for lib/*).
declare module 'mailauth/lib/parse-received.js' {
  export function parseReceived(line: Buffer | string): Record<string, { value?: string; comment?: string } | undefined> | false;
}
declare module 'mailauth/lib/tools.js' {
  export function parseHeaders(buf: Buffer): { parsed: { key: string | null; casedKey?: string; line: Buffer }[]; original: Buffer };
}
