import { defineRule } from './define-rule.js';
import { firstAskNear, lexicon, matches, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// Marketplaces take payment only at their own checkout. "Pay by bank transfer / Cash App / Venmo /
// PayPal Friends & Family to complete your order" or "send the payment directly to the seller" moves
// the money where the marketplace's A-to-z/buyer protection cannot follow it (FTC: fake seller and
// overpayment scams; Amazon: payments outside Amazon are never protected).

// Ways to pay that bypass the platform checkout.
export const METHOD = gatedLexicon([
  'cash ?app',
  'venmo',
  'paypal (?:friends (?:and|&) family|f ?& ?f|family (?:and|&) friends)',
  'friends (?:and|&) family',
  'bank ?transfer',
  'direct (?:bank )?(?:deposit|transfer|payment)',
  '(?:directly|direct) to (?:the |our |my )?(?:seller|vendor|merchant|supplier|owner|account below|bank account)',
  '(?:by|over|via) (?:the )?(?:phone|telephone)',
  'outside (?:of )?(?:the )?(?:amazon|ebay|etsy|platform|site|app|website|marketplace|checkout)',
  'off[- ]platform',
  'apple cash',
  'bizum',
  '(?:via|por|com|pelo|no) pix',
  'tikkie',
  'paylib',
  'revolut',
  // German
  'au[ßs]erhalb (?:von |der |des )?(?:amazon|ebay|plattform|website|app|kaufabwicklung)',
  'direkt an (?:den |die )?(?:verk[äa]ufer(?:in)?|h[äa]ndler|anbieter)',
  '(?:per |mit |[üu]ber )?(?:bank)?[üu]berweisung',
  'vorkasse',
  'telefonisch',
  // Spanish
  'fuera de (?:la )?(?:plataforma|amazon|aplicaci[oó]n|app|web|p[aá]gina)',
  'directamente al? (?:vendedor|comerciante|proveedor)',
  '(?:por|mediante|v[ií]a) transferencia(?: bancaria)?',
  'por tel[eé]fono',
  // French
  'en dehors (?:de |d[’\'])?(?:la plateforme|amazon|l[’\']application|site)',
  'directement au vendeur',
  'par virement(?: bancaire)?',
  // Portuguese / Dutch
  'fora da (?:plataforma|amazon)',
  'diretamente ao vendedor',
  'buiten (?:het platform|amazon|de app)',
  'rechtstreeks aan de verkoper',
], 'cash venmo paypal friends transfer direct phone outside platform bizum pix tikkie paylib revolut erhalb direkt berweisung vorkasse telefon fono fuera dehors virement fora diretamente buiten rechtstreeks');

// The marketplace story the payment is attached to: an order, a seller, a fee to release goods.
const COMMERCE = lexicon([
  'orders?',
  'purchases?',
  'checkout',
  'seller',
  'vendor',
  'listing',
  'item',
  'invoice',
  'shipping',
  'delivery',
  'fee',
  'complete (?:your|the) (?:order|purchase|payment)',
  'amazon',
  'ebay',
  'marketplace',
  'bestellung',
  'kauf',
  'lieferung',
  'verk[äa]ufer',
  'rechnung',
  'pedido',
  'compra',
  'vendedor',
  'env[ií]o',
  'factura',
  'commande',
  'achat',
  'vendeur',
  'livraison',
  'encomenda',
  'bestelling',
  'verkoper',
]);

const PHONE_METHOD = /(?:by|over|via) (?:the )?(?:phone|telephone)|telefonisch|por tel[eé]fono/iu;

export default defineRule({
  meta: {
    id: 'pay-outside-platform',
    title: 'Asks you to pay outside the site or app',
    description:
      'The message asks you to pay in a way the marketplace does not control. That may be a bank transfer, Cash App, Venmo, PayPal Friends & Family, paying a seller directly, or over the phone. Payments outside the checkout are not protected. This is how fake sellers and "order problem" scams get paid.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'pay-outside',
    messages: {
      payOutside: 'Asks you to pay outside the official checkout ({{method}}). Brands take payment only in their own site or app.',
    },
    falsePositives: [
      'Small businesses and private sellers who legitimately take bank transfer, Venmo or Cash App ("pay by bank transfer to complete your order" from a local shop).',
      'Utility and council bills that offer "pay by phone" as one option; these are weaker hits unless a brand is claimed.',
      'Messages between friends splitting a bill over Venmo or Cash App.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/paying-scammers-pay-with-certain-payment-methods',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=G2KHXRR3E3S9X9JU',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const methods = matches(text, METHOD);
    if (methods.length === 0) return [];
    const pays = ctx.facts.requests.pay;
    if (pays.length === 0) return [];
    const pair = firstAskNear(text, pays, methods, 50);
    if (!pair) return [];
    const method = text.slice(pair.target.start, pair.target.end);
    // A payment method alone is how friends split bills; the marketplace story (an order, a seller,
    // a fee) or a claimed brand makes it the "complete your order elsewhere" scam.
    const lo = Math.max(0, Math.min(pair.ask.start, pair.target.start) - 200);
    const hi = Math.min(text.length, Math.max(pair.ask.end, pair.target.end) + 200);
    const commerce = matches(text.slice(lo, hi), COMMERCE, 1).length > 0;
    const brand = ctx.facts.strongClaim;
    if (!commerce && !brand) return [];
    let strength = brand && commerce ? 1 : 0.7;
    // "Pay by phone" is a normal option on bills; only a claimed brand makes it a red flag.
    if (PHONE_METHOD.test(method) && !brand) strength = Math.min(strength, 0.4);
    return [
      {
        messageId: 'payOutside' as const,
        evidence: spanEvidence(text, pair.ask, pair.target),
        data: { method: method.toLowerCase() },
        strength,
      },
    ];
  },
});
