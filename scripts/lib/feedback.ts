import { resolveLimits } from '../../src/core/limits.js';
import { modelInputOf } from '../../src/core/model/predict.js';
import { parseInput } from '../../src/core/parse/index.js';
import { openCaseStore, storeOptionsFromEnv, type FeedbackExample } from '../../src/node/store/index.js';
import type { Example } from './pipeline.js';

// The feedback set (cases people corrected: scam / not_scam / wrong_brand) from the case store that
// DATABASE_URL or IMPOSTOR_DATA_DIR names, for `npm run train -- --with-feedback` and
// `npm run eval -- --feedback`. The embedded store is one process's at a time: stop the server, or
// use PostgreSQL.

export async function loadFeedbackSet(env: NodeJS.ProcessEnv = process.env): Promise<FeedbackExample[]> {
  const store = await openCaseStore(storeOptionsFromEnv(env));
  try {
    return await store.feedbackSet();
  } finally {
    await store.close();
  }
}

/** Feedback messages as training examples (file "feedback"), split by id like corpus records. */
export async function feedbackExamples(set: readonly FeedbackExample[]): Promise<Example[]> {
  const limits = resolveLimits();
  const out: Example[] = [];
  for (const f of set) {
    const req = { input: f.text, channel: f.channel };
    const message = await parseInput(req, limits);
    out.push({ id: f.id, file: 'feedback', channel: message.channel, scam: f.scam, brand: f.brand, input: modelInputOf(message), req });
  }
  return out;
}
