import type { Rule } from './define-rule.js';
import giftCardPaymentRequest from './gift-card-payment-request.js';
import learnedModel from './learned-model.js';

// The explicit, sorted rule registry. A parity test fails when a rule file is missing here, has no
// test file, no policy weight, or no doc entry.

export const RULES: readonly Rule[] = [
  giftCardPaymentRequest,
  learnedModel,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
