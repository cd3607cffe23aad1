import { addCheckOptionHook } from '../cli/commands/check.js';
import { detectChannel } from '../core/index.js';
import { onlineAuthOptions } from './auth.js';

// `impostor check --dns`: authenticate the email online (real DNS) before analysing it. Without
// --dns the check stays offline and reads the receiving provider's Authentication-Results.
addCheckOptionHook(async (values, raw) => {
  if (!values['dns']) return {};
  const channel = values['channel'];
  // All of it: a first header can be longer than any window (detectChannel reads line by line).
  const text = new TextDecoder('utf-8', { fatal: false }).decode(raw);
  if (channel ? channel !== 'email' : detectChannel(text) !== 'email') return {};
  return onlineAuthOptions(raw);
});
