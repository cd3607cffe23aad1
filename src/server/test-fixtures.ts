// Sample messages shared by the in-process API tests and the browser end-to-end tests, so both
// exercise the same inputs.

export const SCAM_SMS =
  'Amazon: your account is on hold. To unlock it, buy two Amazon gift cards of $200 and text us the claim codes within 2 hours.';

export const SCAM_EML = [
  'From: "Amazon.com" <account-update@amaz0n-security.example>',
  'To: you@example.org',
  'Subject: Your account has been suspended',
  'Date: Tue, 4 Mar 2025 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer, we could not verify your payment. To avoid cancellation, pay the fee with Amazon gift cards and reply with the codes.',
  '',
].join('\r\n');
