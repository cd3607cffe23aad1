import { addCheckOptionHook } from '../cli/commands/check.js';
import { detectChannel } from '../core/index.js';
import { onlineAuthOptions } from './auth.js';

// `impostor check --dns`: authenticate the email online (real DNS) before analysing it. Without
// --dns the check stays offline and reads the receiving provider's Authentication-Results.
addCheckOptionHook(async (values, raw) => {
  if (!values['dns']) return {};
  const channel = values['channel'];
  const text = new TextDecoder('utf-8', { fatal: false }).decode(raw.subarray(0, 64 * 1024));
  if (channel ? channel !== 'email' : detectChannel(text) !== 'email') return {};
  return onlineAuthOptions(raw);
});
