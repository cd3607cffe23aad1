import type { Rule } from './define-rule.js';
import disguisedText from './disguised-text.js';
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
import learnedUrlModel from './learned-url-model.js';
import brandSenderMismatch from './brand-sender-mismatch.js';
import offBrandLink from './off-brand-link.js';
import smsSenderMismatch from './sms-sender-mismatch.js';
import displayNameImpersonation from './display-name-impersonation.js';
import lookalikeSenderDomain from './lookalike-sender-domain.js';
import replyToMismatch from './reply-to-mismatch.js';
import freemailBrandSender from './freemail-brand-sender.js';
import headerAnomaly from './header-anomaly.js';
import lookalikeLinkDomain from './lookalike-link-domain.js';
import linkTextMismatch from './link-text-mismatch.js';
import suspiciousLinkHost from './suspicious-link-host.js';
import urlShortenerLink from './url-shortener-link.js';
import ipAddressLink from './ip-address-link.js';
import userinfoLink from './userinfo-link.js';
import scriptOrDataLink from './script-or-data-link.js';
import openRedirectLink from './open-redirect-link.js';
import loginFormInEmail from './login-form-in-email.js';
import dangerousAttachment from './dangerous-attachment.js';
import archiveAttachment from './archive-attachment.js';
import macroOfficeAttachment from './macro-office-attachment.js';
import doubleExtensionAttachment from './double-extension-attachment.js';
import pdfLinkAttachment from './pdf-link-attachment.js';
import dmarcFailBrand from './dmarc-fail-brand.js';
import brandAuthenticated from './brand-authenticated.js';
import authNotChecked from './auth-not-checked.js';
import notFullyChecked from './not-fully-checked.js';
import unofficialBrandNumber from './unofficial-brand-number.js';
import foreignOrPremiumNumber from './foreign-or-premium-number.js';
import codeNoticeWithoutRequest from './code-notice-without-request.js';
import officialLinksOnly from './official-links-only.js';
import registeredSenderId from './registered-sender-id.js';
import mailSystemReport from './mail-system-report.js';
import noticeWithoutRequest from './notice-without-request.js';
import investmentGroupInvite from './investment-group-invite.js';
import wrongNumberOpener from './wrong-number-opener.js';
import paidTaskJobOffer from './paid-task-job-offer.js';
import unpaidTollPretext from './unpaid-toll-pretext.js';
import familyNewNumberPretext from './family-new-number-pretext.js';
import cryptoWalletAlert from './crypto-wallet-alert.js';
import recoveryPhraseRequest from './recovery-phrase-request.js';
import taxRefundPretext from './tax-refund-pretext.js';
import unfamiliarLink from './unfamiliar-link.js';
import tooGoodOffer from './too-good-offer.js';
import shockBaitLink from './shock-bait-link.js';
import personalVoicemail from './personal-voicemail.js';

// The explicit, sorted rule registry. A parity test fails when a rule file is missing here, has no
// test file, no policy weight, or no doc entry.

export const RULES: readonly Rule[] = [
  disguisedText,
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
  learnedUrlModel,
  brandSenderMismatch,
  offBrandLink,
  smsSenderMismatch,
  displayNameImpersonation,
  lookalikeSenderDomain,
  replyToMismatch,
  freemailBrandSender,
  headerAnomaly,
  lookalikeLinkDomain,
  linkTextMismatch,
  urlShortenerLink,
  suspiciousLinkHost,
  ipAddressLink,
  userinfoLink,
  scriptOrDataLink,
  openRedirectLink,
  loginFormInEmail,
  dangerousAttachment,
  archiveAttachment,
  macroOfficeAttachment,
  doubleExtensionAttachment,
  pdfLinkAttachment,
  dmarcFailBrand,
  brandAuthenticated,
  authNotChecked,
  notFullyChecked,
  unofficialBrandNumber,
  foreignOrPremiumNumber,
  codeNoticeWithoutRequest,
  officialLinksOnly,
  registeredSenderId,
  mailSystemReport,
  noticeWithoutRequest,
  investmentGroupInvite,
  wrongNumberOpener,
  paidTaskJobOffer,
  unpaidTollPretext,
  familyNewNumberPretext,
  cryptoWalletAlert,
  recoveryPhraseRequest,
  taxRefundPretext,
  unfamiliarLink,
  tooGoodOffer,
  shockBaitLink,
  personalVoicemail,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
