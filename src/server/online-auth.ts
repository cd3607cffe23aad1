import type { AnalyzeOptions } from '../core/index.js';
import { detectChannel } from '../core/index.js';
import { onlineAuthOptions, type OnlineAuthOptions } from '../node/auth.js';

// The server's online sender check (`impostor serve --dns`): SPF, DKIM, DMARC and ARC with mailauth
// (src/node/auth.ts). The resolver is injectable so tests answer from a table; the default is the
// system's DNS with a short timeout.

export interface ServerOnlineAuthOptions extends Partial<OnlineAuthOptions> {
  /** Bytes read to tell an email from a pasted text when the caller left the channel to "auto". */
  sniffBytes?: number;
}

export function createOnlineAuth(opts: ServerOnlineAuthOptions = {}): (raw: Uint8Array) => Promise<Partial<AnalyzeOptions>> {
  const { sniffBytes = 64 * 1024, ...auth } = opts;
  return async (raw) => {
    // The app skips explicit sms/call requests; with channel auto a pasted text message must not
    // cause DNS look-ups either.
    const head = new TextDecoder('utf-8', { fatal: false }).decode(raw.subarray(0, sniffBytes));
    if (detectChannel(head) !== 'email') return {};
    // onlineAuthOptions never throws: a DNS failure leaves the report offline ("not checked").
    return onlineAuthOptions(raw, auth);
  };
}
