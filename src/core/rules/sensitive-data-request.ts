import { defineRule } from './define-rule.js';
import { firstAskNear, lexicon, matches, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// Brands never ask, by email, text or phone, for a full card number, the CVV, a bank PIN, a Social
// Security number or an online-banking login. The ask is the red flag, not a number the person
// typed: "confirm your card number", "provide the 3-digit code on the back", "what is your SSN".

// Card data: reported as 'card' so the message can say which kind of secret is asked for.
export const CARD = gatedLexicon([
  '(?:full |complete |whole |16[- ]digit )?(?:credit |debit |bank |payment )?card (?:number|details|information|info|data|no\\.?)',
  'card ?holder (?:details|information)',
  'cvv2?',
  'cvc2?',
  'cvn',
  'csc',
  '(?:card )?security code',
  '(?:3|4|three|four)[- ]digit (?:security )?(?:code|number)',
  'code on the back',
  'numbers? on the back of (?:your|the) card',
  'expir(?:y|ation) date',
  'exp\\.? date',
  '(?:bank|atm|card|debit card) pin',
  'pin (?:number|code)',
  'your pin',
  // German
  '(?:kredit|debit|bank|ec-?|giro)?kartennummer',
  'kartendaten',
  'kreditkarten(?:daten|informationen|angaben)',
  'pr[üu]f(?:nummer|ziffer|code)',
  'kartenpr[üu]fnummer',
  'ablaufdatum',
  'g[üu]ltigkeitsdatum',
  '(?:ihre|deine) pin',
  'pin-?nummer',
  // Spanish
  'n[úu]mero de (?:la |su |tu )?tarjeta',
  'datos de (?:la |su |tu )?tarjeta',
  'c[óo]digo de seguridad de (?:la |su )?tarjeta',
  'fecha de (?:caducidad|vencimiento|expiraci[óo]n)',
  '(?:su|tu) pin',
  'clave de (?:la )?tarjeta',
  // French / Portuguese / Dutch
  'num[ée]ro de (?:votre )?carte(?: bancaire| de cr[ée]dit)?',
  'cryptogramme(?: visuel)?',
  'date d[’\']expiration',
  'code confidentiel',
  'n[úu]mero do cart[ãa]o',
  'c[óo]digo de seguran[çc]a',
  'data de validade',
  'kaartnummer',
  'vervaldatum',
  'pincode',
], 'card cart cvv cvc cvn csc code digit exp pin karte nummer ziffer datum tarjeta fecha crypto date digo validade kaart');

// Identity and bank-login data.
export const PERSONAL = gatedLexicon([
  'ssn',
  'social security (?:number|no\\.?|#)',
  'social insurance number',
  'national insurance number',
  'tax (?:id|identification) number',
  'mother[’\']?s maiden name',
  'maiden name',
  '(?:online |internet |mobile )?banking (?:login|log-in|password|username|credentials|details|user ?id)',
  'bank (?:login|password|credentials|log-in)',
  '(?:bank )?account number',
  'routing number',
  'sort code',
  'aba number',
  'date of birth',
  'dob',
  // German
  'sozialversicherungsnummer',
  'steuer-?(?:id|identifikationsnummer)',
  'm[äa]dchenname (?:ihrer|deiner) mutter',
  'geburtsname (?:ihrer|deiner) mutter',
  'online-?banking-?(?:zugangsdaten|daten|passwort|pin|login)',
  'zugangsdaten',
  'kontonummer',
  'bankleitzahl',
  'geburtsdatum',
  // Spanish
  'n[úu]mero de (?:la )?seguridad social',
  'n[úu]mero de seguro social',
  'apellido de soltera de (?:su|tu) madre',
  'datos (?:de acceso|bancarios)',
  'clave (?:de acceso|bancaria)',
  'n[úu]mero de (?:su |tu )?cuenta(?: bancaria)?',
  'fecha de nacimiento',
  // French / Portuguese / Dutch
  'num[ée]ro de s[ée]curit[ée] sociale',
  'coordonn[ée]es bancaires',
  'identifiants bancaires',
  'date de naissance',
  'nom de jeune fille de (?:votre|ta) m[èe]re',
  'dados banc[áa]rios',
  'data de nascimento',
  'cpf',
  'rekeningnummer',
  'geboortedatum',
  'burgerservicenummer',
  'bsn',
], 'ssn social insurance tax maiden bank account routing sort aba birth dob sozialvers steuer mutter zugangsdaten konto geburt soltera datos clave cuenta nacimiento coordonn identifiants naissance jeune dados nascimento cpf rekening geboorte burgerservice bsn');

// Date of birth and an address asked together: a classic "verify your identity" harvest.
const BIRTH = /date of birth|dob|geburtsdatum|fecha de nacimiento|date de naissance|data de nascimento|geboortedatum/iu;
const ADDRESS = lexicon(['(?:home |billing |postal |full )?address', 'anschrift', 'adresse', 'direcci[óo]n', 'endere[çc]o', 'adres']);

export default defineRule({
  meta: {
    id: 'sensitive-data-request',
    title: 'Asks for card details, a PIN, an SSN or a bank login',
    description:
      'The message asks the person to give, confirm or "verify" private details. That may be a full card number, security code, expiry date or PIN. Or a Social Security number, mother\'s maiden name, bank account or routing number, or an online banking login. Brands never ask for these by email, text or phone.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    // One topic per rule: the brand "personal information" statement; the message says when it is card data.
    statement: 'personal-info',
    messages: {
      askCardDetails: 'Asks for your card details ({{item}}). Brands never ask you to confirm card numbers, security codes or PINs by message or phone.',
      askPersonalInfo: 'Asks for private personal or bank details ({{item}}).',
    },
    falsePositives: [
      'Your own bank on a call you placed to the number on your card may ask security questions (date of birth, address).',
      'Checkout and account pages quoted in receipts ("enter your card number at checkout") or forms you requested.',
      'Payroll or tax mails asking an employee for a bank account number for direct deposit.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX4LZMRE7D3K9TCU',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const card = matches(text, CARD);
    const personal = matches(text, PERSONAL);
    if (card.length === 0 && personal.length === 0) return [];
    const asks = ctx.facts.requests.share;
    if (asks.length === 0) return [];
    // Mailing-list prose discusses SSNs and card numbers; a claimed brand or a direct channel
    // (a text or a call) makes an ask much more likely to be the harvest.
    const weak = ctx.message.channel === 'email' && !ctx.facts.strongClaim;
    const c = firstAskNear(text, asks, card, 40);
    if (c) {
      return [
        {
          messageId: 'askCardDetails' as const,
          evidence: spanEvidence(text, c.ask, c.target),
          data: { item: text.slice(c.target.start, c.target.end).toLowerCase(), kind: 'card' },
          strength: weak ? 0.6 : 1,
        },
      ];
    }
    const p = firstAskNear(text, asks, personal, 40);
    if (!p) return [];
    const item = text.slice(p.target.start, p.target.end).toLowerCase();
    let strength = weak ? 0.6 : 1;
    // A date of birth alone is a routine security question; with an address it is identity harvest.
    if (BIRTH.test(item)) {
      const win = text.slice(Math.max(0, p.target.start - 120), p.target.end + 120);
      strength = matches(win, ADDRESS, 1).length > 0 ? strength : strength * 0.5;
    }
    return [
      {
        messageId: 'askPersonalInfo' as const,
        evidence: spanEvidence(text, p.ask, p.target),
        data: { item, kind: 'personal' },
        strength,
      },
    ];
  },
});
