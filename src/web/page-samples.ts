// The four messages the page is measured and tested with (first-screen.e2e.test.ts and
// scripts/page-metrics.mjs): a scam text, a scam call transcript, a phishing email and a genuine
// one-time-code text (checked with the sender its phone shows, GENUINE_CODE_FROM).

const SCAM_TEXT =
  'Amazon: We noticed a suspicious purchase of an iPhone 15 ($1,249.00) on your account. If this was not you, call 1-888-555-0173 immediately to cancel.';
const SCAM_CALL = [
  'Caller: Hello, this is David from Microsoft technical support. We detected a virus on your computer.',
  'Me: Oh no, what do I do?',
  'Caller: Please go to anydesk.com and install the app so our technician can fix it. Do not turn off the computer and do not tell anyone.',
  'Caller: The renewal of your protection costs $299. You can pay with Google Play gift cards.',
].join('\n');
const PHISHING_EMAIL = [
  'From: "PayPal" <service@paypa1-security.example>',
  'To: you@example.org',
  'Subject: Your account has been limited',
  'Date: Tue, 4 Mar 2025 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer,',
  '',
  'We noticed unusual activity and limited your PayPal account. Confirm your details within 24 hours at https://paypal-resolve.example/login or your account will be closed.',
  '',
  'PayPal Team',
  '',
].join('\r\n');
const GENUINE_CODE = 'Your Amazon verification code is 482913. Don’t share it with anyone. Amazon will never ask for this code.';

export const PAGE_SAMPLES = { SCAM_TEXT, SCAM_CALL, PHISHING_EMAIL, GENUINE_CODE } as const;

/** The short code Amazon's genuine code texts come from in the US. */
export const GENUINE_CODE_FROM = '262966';
