// Shared test inputs for advice/ and export/ tests: a fake Amazon email that carries every kind of
// secret the redactor must remove. Card 4111… and IBAN GB82 WEST… are published test values.
export const SECRETS = {
  card: '4111 1111 1111 1111',
  cardDigits: '4111111111111111',
  cvv: '737',
  otp: '482913',
  password: 'hunter2',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ssn: '219-09-9999',
};

export const SCAM_EMAIL = `From: "Amazon Support" <support@amaz0n-help.top>
To: victim@example.com
Subject: Your order 112-1234567-1234567 is on hold
Date: Tue, 30 Apr 2024 10:00:00 +0000
Content-Type: text/plain

Dear customer, your order of $499.99 placed on April 29, 2024 is on hold.
Verify at http://amaz0n-help.top/login?id=1 or call +1 (888) 555-0142, or write to refunds@amaz0n-help.top.
Buy 3 Amazon gift cards and send the claim codes to finish the refund.

> I already sent: card ${SECRETS.card} exp 09/27 CVV ${SECRETS.cvv}, the code ${SECRETS.otp},
> my password: ${SECRETS.password}, IBAN ${SECRETS.iban}, SSN ${SECRETS.ssn}.

Track it at https://www.amazon.com/gp/css/order-history
`;

/** True when any secret (in any of its spellings) appears in s. */
export function leaksSecret(s: string): string | null {
  for (const v of [SECRETS.card, SECRETS.cardDigits, SECRETS.otp, SECRETS.password, SECRETS.iban, SECRETS.iban.replace(/ /g, ''), SECRETS.ssn, `CVV ${SECRETS.cvv}`]) {
    if (s.includes(v)) return v;
  }
  return null;
}
