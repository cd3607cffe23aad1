import { CaseStore } from './cases.js';
import { openDb, storeOptionsFromEnv, type OpenOptions } from './db.js';

export { CaseNotFound, CaseStore, redactForStorage, type Case, type CaseMessage, type CaseQuery, type CaseSummary, type Feedback, type FeedbackExample, type FeedbackLabel, type NewMessage } from './cases.js';
export { defaultDataDir, migrate, openDb, storeOptionsFromEnv, type Db, type OpenOptions } from './db.js';
export { MIGRATIONS } from './migrations.js';

/** Opens the case store: PostgreSQL with DATABASE_URL, else PGlite in IMPOSTOR_DATA_DIR. */
export async function openCaseStore(o: OpenOptions = storeOptionsFromEnv()): Promise<CaseStore> {
  return new CaseStore(await openDb(o));
}
