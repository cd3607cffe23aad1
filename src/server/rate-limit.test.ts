import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter } from './rate-limit.js';

test('allows max requests per window, then refuses until it resets', () => {
  let t = 0;
  const rl = new RateLimiter({ max: 2, windowMs: 1000, now: () => t });
  assert.deepEqual(
    [rl.hit('x').allowed, rl.hit('x').allowed, rl.hit('x').allowed],
    [true, true, false],
  );
  assert.equal(rl.hit('x').resetIn, 1);
  t = 1000;
  assert.equal(rl.hit('x').allowed, true);
  assert.equal(rl.hit('x').remaining, 0);
});

test('the client table stays under its cap under a flood of new keys', () => {
  let t = 0;
  const rl = new RateLimiter({ max: 5, windowMs: 60_000, maxClients: 100, now: () => t });
  for (let i = 0; i < 10_000; i++) {
    rl.hit(`client-${i}`);
    t++;
  }
  assert.ok(rl.size <= 100, `size ${rl.size}`);
  // The newest client is still tracked, so it cannot reset its budget by flooding.
  for (let i = 0; i < 5; i++) rl.hit('client-9999');
  assert.equal(rl.hit('client-9999').allowed, false);
});
