import type { Rule } from './define-rule.js';
import giftCardPaymentRequest from './gift-card-payment-request.js';
import payOutsidePlatform from './pay-outside-platform.js';
import remoteAccessRequest from './remote-access-request.js';
import cryptoPaymentRequest from './crypto-payment-request.js';
import wireTransferRequest from './wire-transfer-request.js';
import sensitiveDataRequest from './sensitive-data-request.js';
import oneTimeCodeRequest from './one-time-code-request.js';
import credentialLinkRequest from './credential-link-request.js';
import installSoftwareRequest from './install-software-request.js';
import urgencyDeadline from './urgency-deadline.js';
import accountSuspensionThreat from './account-suspension-threat.js';
import unexpectedOrderCharge from './unexpected-order-charge.js';
import subscriptionBillingFailure from './subscription-billing-failure.js';
import refundOverpaymentPretext from './refund-overpayment-pretext.js';
import fakeSecurityAlert from './fake-security-alert.js';
import deliveryProblemPretext from './delivery-problem-pretext.js';
import recallSafetyRefundPretext from './recall-safety-refund-pretext.js';
import prizeVoucherSurveyLure from './prize-voucher-survey-lure.js';
import pressOneCallback from './press-one-callback.js';
import secrecyIsolation from './secrecy-isolation.js';
import fakeSupportClaim from './fake-support-claim.js';
import learnedModel from './learned-model.js';
import brandSenderMismatch from './brand-sender-mismatch.js';
import offBrandLink from './off-brand-link.js';
import smsSenderMismatch from './sms-sender-mismatch.js';

// The explicit, sorted rule registry. A parity test fails when a rule file is missing here, has no
// test file, no policy weight, or no doc entry.

export const RULES: readonly Rule[] = [
  giftCardPaymentRequest,
  payOutsidePlatform,
  remoteAccessRequest,
  cryptoPaymentRequest,
  wireTransferRequest,
  sensitiveDataRequest,
  oneTimeCodeRequest,
  credentialLinkRequest,
  installSoftwareRequest,
  urgencyDeadline,
  accountSuspensionThreat,
  unexpectedOrderCharge,
  subscriptionBillingFailure,
  refundOverpaymentPretext,
  fakeSecurityAlert,
  deliveryProblemPretext,
  recallSafetyRefundPretext,
  prizeVoucherSurveyLure,
  pressOneCallback,
  secrecyIsolation,
  fakeSupportClaim,
  learnedModel,
  brandSenderMismatch,
  offBrandLink,
  smsSenderMismatch,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
