import { compileLexicons } from '../knowledge/lexicon.js';
import * as PHRASES from '../knowledge/language/lures.js';

// Lexicons of today's text-message lure families (wrong-number and romance openers, task and job
// scams, unpaid tolls, "Hi Mum", crypto wallet alerts, tax refunds, too-good offers). The phrase data
// lives in knowledge/language/lures.ts; each lexicon is compiled here once, at module load, by the
// one lexicon engine (knowledge/lexicon.ts), like pressure-lexicon.ts and request-lexicon.ts.
const LURES = compileLexicons(PHRASES);

export const {
  MISTAKEN_NAME,
  MISTAKEN_CONTACT,
  RECONNECT,
  ENDEARMENT,
  SELF_INTRO,
  ADDRESS_NAME,
  CONTACT_ME,
  DATING_BAIT,
  TASK_WORK,
  JOB_PITCH,
  PAY_RATE,
  DEPOSIT_TO_WORK,
  RECRUITER_INTRO,
  CHAT_APP,
  TOLL_SERVICE,
  UNPAID_BALANCE,
  TOLL_PENALTY,
  FAMILY_GREETING,
  PHONE_CHANGE,
  NEW_NUMBER_ASK,
  WALLET_BRAND,
  WALLET_ALERT,
  RECOVERY_PHRASE,
  TAX_AGENCY,
  TAX_REFUND,
  CLAIM_ASK,
  MIRACLE_HEALTH,
  CHEAP_RENT,
  EASY_MONEY,
  CELEBRITY_BAIT,
  SHOCK_BAIT,
} = LURES;
