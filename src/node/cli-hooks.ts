import { addCheckOptionHook } from '../cli/commands/check.js';
import { detectChannel } from '../core/index.js';
import { UsageError } from '../cli/args.js';
import { onlineAuthOptions } from './auth.js';

/** --trusted-hops N: a small whole number. */
export function trustedHopsOption(v: unknown): number {
  if (v === undefined) return 0;
  if (typeof v !== 'string' || !/^\d{1,2}$/.test(v)) throw new UsageError(`--trusted-hops must be a whole number 0–99, got "${String(v).slice(0, 20)}"`);
  return Number(v);
}

// `impostor check --dns`: authenticate the email online (real DNS) before analysing it. Without
// --dns the check stays offline and reads the receiving provider's Authentication-Results.
addCheckOptionHook(async (values, raw) => {
  if (!values['dns']) return {};
  const trustedHops = trustedHopsOption(values['trusted-hops']);
  const channel = values['channel'];
  // All of it: a first header can be longer than any window (detectChannel reads line by line).
  const text = new TextDecoder('utf-8', { fatal: false }).decode(raw);
  if (channel ? channel !== 'email' : detectChannel(text) !== 'email') return {};
  return onlineAuthOptions(raw, { trustedHops });
});
