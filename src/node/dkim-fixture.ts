import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import type { Resolver } from './auth.js';

// Test fixture for offline authentication tests: an RSA key made at run time, DKIM signing with it,
// and a resolver that answers DNS from a table (a missing name fails like NXDOMAIN), so no test ever
// touches the network.

export interface OfflineDkim {
  /** DNS TXT value publishing the fixture's public key. */
  publicRecord: string;
  /** Prepends a DKIM-Signature for `domain` with `selector`. */
  sign(raw: string, domain: string, selector: string): Promise<string>;
}

export function offlineDkim(): OfflineDkim {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    publicRecord: `v=DKIM1; k=rsa; p=${p}`,
    async sign(raw, domain, selector) {
      const res = (await dkimSign(raw, { canonicalization: 'relaxed/relaxed', signatureData: [{ signingDomain: domain, selector, privateKey: pem }] } as never)) as {
        signatures: string;
        errors: unknown[];
      };
      if (res.errors.length > 0 || !/^DKIM-Signature:/.test(res.signatures)) throw new Error(`DKIM signing failed: ${JSON.stringify(res.errors)}`);
      return res.signatures + raw;
    },
  };
}

/** A resolver answering from `table` ("TXT name" → records); every question is recorded in `asked`. */
export function tableResolver(table: Record<string, string[][]>): { resolver: Resolver; asked: string[] } {
  const asked: string[] = [];
  const resolver: Resolver = async (name, rrtype) => {
    const key = `${rrtype} ${name.toLowerCase()}`;
    asked.push(key);
    const hit = table[key];
    if (hit) return hit;
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  };
  return { resolver, asked };
}
