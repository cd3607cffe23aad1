import { defineRule } from './define-rule.js';
import { firstAskNear, isWarning, lexicon, matches, spanEvidence } from '../signals/request-lexicon.js';

// Wires, Zelle, Western Union and MoneyGram are how impersonators cash out: instant, final, and
// hard to recall. The "safe account" story ("move your money to protect it from the hackers") is
// the bank- and Amazon-impersonation endgame (FTC; UK Finance "safe account" warnings).

const RAIL = lexicon([
  'wire(?:d)? (?:transfer|the (?:money|funds|payment|amount)|(?:the )?funds|money|payment|it|them)',
  'wire transfers?',
  'bank wire',
  'zelle',
  'western ?union',
  'money ?gram',
  'ria money transfer',
  'remitly',
  'bank ?transfer',
  // German
  '(?:bank)?[üu]berweisung(?:en)?',
  'blitz[üu]berweisung',
  'echtzeit[üu]berweisung',
  // Spanish / Portuguese
  'transferencias? (?:bancarias?|inmediatas?|a (?:la|esta|una) cuenta)',
  'giro (?:bancario|postal)',
  'transfer[êe]ncias? (?:banc[áa]rias?|para (?:a|esta) conta)',
  // French / Dutch
  'virements? (?:bancaires?|imm[ée]diats?|sur (?:le|ce) compte)',
  'mandat cash',
  '(?:bank)?overschrijving',
  'overboeking',
]);

// The "safe account" story: a new, secure, protected or government account the money must move to.
const SAFE_ACCOUNT = lexicon([
  '(?:safe|safety|secure|secured|protected|protection|holding|temporary|government|federal|reserve) (?:bank )?account',
  'sicher(?:es|heits)-?konto',
  'sicheres? konto',
  'schutzkonto',
  'treuhandkonto',
  'cuenta (?:segura|protegida|de seguridad|temporal)',
  'compte (?:s[ée]curis[ée]|s[ée]curit[ée]|prot[ée]g[ée]|temporaire)',
  'conta (?:segura|protegida|de seguran[çc]a)',
  'veilige rekening',
]);

// The same story without the account noun: "move your savings so the hackers can't reach them".
const PROTECT_MOVE = lexicon([
  '(?:move|transfer|withdraw|put) (?:all )?(?:of )?your (?:money|funds|savings|balance)[^.!?\\n]{0,40}?(?:protect|safe|secure|hackers?|compromised|fraud)',
  '(?:protect|secure|safeguard) your (?:money|funds|savings) by (?:moving|transferring|withdrawing)',
  '(?:ihr|dein) geld in sicherheit (?:bringen|zu bringen)',
  '(?:proteger|poner a salvo) su dinero',
  'mettre votre argent en s[ée]curit[ée]',
]);

// Moving money, narrower than paying: the safe-account ask must move funds, not merely "secure".
const MOVE = lexicon([
  'move',
  'transfer',
  'send',
  'deposit',
  'withdraw',
  'wire',
  'put',
  '[üu]berweisen',
  '[üu]bertragen',
  'einzahlen',
  'abheben',
  'transfiera',
  'transferir',
  'mueva',
  'mover',
  'deposite',
  'retire',
  'virez',
  'transf[ée]rez',
  'd[ée]posez',
  'transfira',
  'deposite',
  'maak over',
  'overmaken',
]);

export default defineRule({
  meta: {
    id: 'wire-transfer-request',
    title: 'Asks for a wire, Zelle, Western Union or MoneyGram transfer, or a "safe account"',
    description:
      'The message asks the person to wire money or pay through Zelle, Western Union or MoneyGram. Or it asks them to move their savings into a "safe", "secure" or "protected" account. Brands and banks never ask customers to move money to protect it.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'wire-transfer',
    messages: {
      wireTransfer: 'Asks you to send money by {{rail}}. Transfers like this are instant and almost impossible to get back.',
      safeAccount: 'Asks you to move your money to keep it "safe" ({{account}}). No bank or brand ever asks you to move money to protect it.',
    },
    falsePositives: [
      'Invoices and payroll mails from real businesses that give bank-transfer details.',
      'Friends and family settling up over Zelle.',
      'A bank\'s own fraud-awareness newsletter describing the "safe account" scam (caught as a warning when it says "never").',
    ],
    references: [
      'https://consumer.ftc.gov/articles/you-wire-money',
      'https://consumer.ftc.gov/articles/paying-scammers-pay-with-certain-payment-methods',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const safe = matches(text, SAFE_ACCOUNT, 10).filter((m) => !isWarning(text, m));
    if (safe.length > 0) {
      const moves = matches(text, MOVE);
      const pair = firstAskNear(text, moves, safe, 60);
      if (pair) {
        return [
          {
            messageId: 'safeAccount' as const,
            evidence: spanEvidence(text, pair.ask, pair.target),
            data: { account: text.slice(pair.target.start, pair.target.end).toLowerCase() },
          },
        ];
      }
    }
    const protect = matches(text, PROTECT_MOVE, 3).find((m) => !isWarning(text, m));
    if (protect) {
      return [{ messageId: 'safeAccount' as const, evidence: spanEvidence(text, protect), data: { account: protect.text.toLowerCase() } }];
    }
    const rails = matches(text, RAIL, 10);
    if (rails.length === 0) return [];
    // "wire the funds" is an ask by itself; "wire transfer" and the named rails need a verb near.
    const selfAsk = rails.find((r) => /^wired? (?!transfer)/iu.test(r.text) && !isWarning(text, r));
    const pair = selfAsk ? { ask: selfAsk, target: selfAsk } : firstAskNear(text, ctx.facts.requests.pay, rails, 50);
    if (!pair) return [];
    const rail = text.slice(pair.target.start, pair.target.end).toLowerCase();
    // A bare "bank transfer" is also how honest invoices are paid; wires, Zelle, WU and MoneyGram are
    // the scam rails named by the FTC.
    const generic = /bank ?transfer|[üu]berweisung|transferencia|transfer[êe]ncia|virement|overschrijving|overboeking/iu.test(rail);
    return [
      {
        messageId: 'wireTransfer' as const,
        evidence: spanEvidence(text, pair.ask, pair.target),
        data: { rail },
        strength: generic ? 0.6 : 1,
      },
    ];
  },
});
