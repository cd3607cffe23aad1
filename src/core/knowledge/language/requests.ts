import type { PhraseList } from '../lexicon.js';

// Shared vocabulary of the "requests the brand never makes" rules: the verbs that turn a topic (a
// code, a card number, a wallet) into an ask, and the warnings that turn it back into advice ("Never
// share this code"). English, German, Spanish first; French, Portuguese, Dutch where the words are
// unambiguous. Word-bounded with underscores too (`bound: 'word'`). Format and engine:
// ../lexicon.ts; compiled by signals/request-lexicon.ts.

/** Verbs that ask someone to hand over information: "read it to me", "confirm your", "dígame". */
export const ASK_SHARE: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'en', phrases: [
    'read (?:it|them|that|this|the code|the numbers?|me|us|out|back)',
    'tell (?:me|us)',
    'give (?:me|us|it|them)',
    'share (?:it|them|this|that|the|your|with)',
    'send (?:me|us|it|them|this|that|the|your|back|over)',
    'reply (?:with|back|to this (?:message|text) with)',
    'respond with',
    'text (?:me|us|it|back)',
    'forward (?:it|the|this|that)',
    'provide(?: us| me)?(?: with)?',
    'confirm(?:ing)?',
    'verify(?:ing)?',
    'validate',
    're-?enter',
    'enter',
    'type in',
    'key in',
    'fill in',
    'submit',
    'repeat',
    'what(?:[’\']s| is) (?:the|your)',
    'need (?:the|your)',
    'can i (?:have|get)',
    'may i have',
    'let me (?:have|know)',
    ] },
    { lang: 'de', phrases: [
    // German (verbs in the imperative/infinitive; negation often follows the verb: "geben Sie … nicht weiter")
    'nennen',
    'vorlesen',
    'mitteilen',
    'durchgeben',
    'weitergeben',
    'geben Sie',
    'gib',
    'angeben',
    'eingeben',
    'best[äa]tigen',
    'senden',
    'schicken',
    '[üu]bermitteln',
    'antworten Sie',
    'verifizieren',
    ] },
    { lang: 'es', phrases: [
    'd[ií]game',
    'd[ií]ganos',
    'l[eé]ame',
    'comp[aá]rta(?:lo|la|nos|me)?',
    'compartir',
    'env[ií]e(?:nos|lo|la|me)?',
    'enviar',
    'responda con',
    'reenv[ií]e',
    'proporcione',
    'proporcionar',
    'facil[ií]te(?:nos)?',
    'ind[ií]que(?:nos)?',
    'confirme',
    'confirmar',
    'verifique',
    'verificar',
    'introduzca',
    'ingrese',
    'necesitamos',
    ] },
    { lang: 'fr', phrases: [
    'communiquez',
    'donnez',
    'envoyez',
    'confirmez',
    'saisissez',
    'indiquez',
    'transmettez',
    'v[ée]rifiez',
    ] },
    { lang: 'pt', phrases: [
    'informe',
    'envie',
    'diga',
    'passe',
    'digite',
    'forne[cç]a',
    ] },
    { lang: 'nl', phrases: [
    'geef',
    'stuur',
    'deel',
    'bevestig',
    'voer (?:uw|je|de|het)',
    'lees (?:voor|op)',
    ] },
  ],
};

/**
 * Verbs of paying or moving money ("pay", "send money", "überweisen", "transfiera", "payez"). Nouns
 * alone ("Payment method: bank transfer" on a genuine receipt) are not asks, so only verbs and
 * "make a payment"-style phrases are listed.
 */
export const PAY: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'en', phrases: [
    'pay',
    'paying',
    '(?:be|been|get) paid',
    'send(?:ing)?',
    'transfer(?:ring)?',
    'deposit(?:ing)?',
    'wire',
    'remit',
    'settle',
    'load',
    'insert',
    'feed',
    'convert',
    '(?:make|complete|submit|process|finish|send) (?:a |the |your |this )?payment',
    '(?:make|send|do|initiate|complete|arrange|process) (?:a |an |the )?(?:wire|bank transfer|transfer|deposit)',
    'payment (?:must|should|can|has to|needs to|will need to) be (?:made|sent|done|completed)',
    ] },
    { lang: 'de', phrases: [
    '(?:be)?zahlen',
    'begleichen',
    '[üu]berweisen',
    'einzahlen',
    '(?:leisten Sie|t[äa]tigen Sie) (?:die |eine |Ihre )?zahlung',
    'zahlung (?:leisten|t[äa]tigen|vornehmen)',
    'senden',
    ] },
    { lang: 'es', phrases: [
    'pagar',
    'pague',
    'paga',
    'abone',
    'transferir',
    'transfiera',
    'depositar',
    'deposite',
    'env[ií]e',
    'enviar',
    '(?:realice|haga|efect[uú]e) (?:el|un|su) pago',
    ] },
    { lang: 'fr', phrases: [
    'payer',
    'payez',
    'r[ée]glez',
    'r[ée]gler',
    'virer',
    'virez',
    'versez',
    'effectuez (?:le|un|votre) paiement',
    ] },
    { lang: 'pt', phrases: [
    'transfira',
    'fa[cç]a (?:o|um) pagamento',
    ] },
    { lang: 'nl', phrases: [
    'betalen',
    'betaal',
    'overmaken',
    'maak (?:het bedrag |het geld )?over',
    ] },
  ],
};

/** Verbs of installing or opening software: "download", "install", "herunterladen", "descargue". */
export const INSTALL: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'en', phrases: [
    'download(?:ing|ed)?',
    'install(?:ing|ed)?',
    'run',
    'open',
    'launch',
    'execute',
    'set up',
    'go to',
    'visit',
    'get',
    ] },
    { lang: 'de', phrases: [
    'herunterladen',
    'laden Sie',
    'installieren',
    '[öo]ffnen',
    'starten',
    'ausf[üu]hren',
    ] },
    { lang: 'es', phrases: [
    'descargue',
    'descargar',
    'descarga',
    'instale',
    'instalar',
    'instala',
    'abra',
    'abrir',
    'ejecute',
    ] },
    { lang: 'fr', phrases: [
    't[ée]l[ée]chargez',
    't[ée]l[ée]charger',
    'installez',
    'ouvrez',
    ] },
    { lang: 'pt', phrases: [
    'baixe',
    'baixar',
    'instale',
    ] },
    { lang: 'nl', phrases: [
    'installeer',
    'installeren',
    'downloaden',
    ] },
  ],
};

// A warning, not an ask: "never share", "Amazon will never ask", "scammers may ask you to",
// "if someone asks you to". Anywhere earlier in the same sentence.
export const WARN_ANYWHERE: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'en', phrases: [
    'never',
    ] },
    { lang: 'es', phrases: [
    'nunca',
    ] },
    { lang: 'de', phrases: [
    'niemals',
    ] },
    { lang: 'fr', phrases: [
    'jamais',
    ] },
    { lang: 'nl', phrases: [
    'nooit',
    ] },
    { lang: 'fr', phrases: [
    'jamais',
    ] },
    { lang: 'de', phrases: [
    'nie',
    ] },
    { lang: 'en', phrases: [
    'beware',
    'be (?:careful|wary|cautious)',
    'watch out',
    'warning',
    'scam(?:mer)?s? (?:may|might|will|often|could|usually|sometimes|can|typically|would|ask|tell|try)',
    'fraudsters?',
    'con ?men',
    'con artists?',
    'phishers?',
    'criminals',
    'crooks',
    'impostors?',
    ] },
    { lang: 'de', phrases: [
    'betr[üu]ger',
    ] },
    { lang: 'es', phrases: [
    'estafadores',
    ] },
    { lang: 'fr', phrases: [
    'escrocs?',
    ] },
    { lang: 'pt', phrases: [
    'golpistas',
    ] },
    { lang: 'nl', phrases: [
    'oplichters',
    ] },
    { lang: 'en', phrases: [
    '(?:if|when) (?:someone|anyone|somebody|anybody|a caller|a stranger|they|a person)',
    ] },
    { lang: 'de', phrases: [
    'wenn (?:jemand|Sie jemand)',
    ] },
    { lang: 'mul', phrases: [
    'si (?:alguien|quelqu[’\']un)',
    ] },
  ],
};
// A negation right before the verb ("do not share", "no comparta", "ne partagez").
export const NEG_BEFORE: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'en', phrases: ['not', 'no', 'don[’\']t', 'won[’\']t'] },
    { lang: 'de', phrases: ['nicht', 'kein'] },
    { lang: 'fr', phrases: ['ne'] },
    { lang: 'pt', phrases: ['não'] },
    { lang: 'nl', phrases: ['niet', 'geen'] },
  ],
};
// A negation right after the verb, as German and Dutch write it ("geben Sie den Code nicht weiter").
export const NEG_AFTER: PhraseList = {
  bound: 'word',
  phrases: [
    { lang: 'de', phrases: [
    'nicht',
    'niemals',
    'niemandem',
    'keinem',
    'nie',
    ] },
    { lang: 'en', phrases: [
    'with (?:anyone|anybody|no ?one)',
    'to (?:anyone|anybody|no ?one)',
    ] },
    { lang: 'es', phrases: [
    'con nadie',
    'a nadie',
    ] },
    { lang: 'fr', phrases: [
    '[àa] personne',
    ] },
    { lang: 'pt', phrases: [
    'com ningu[ée]m',
    ] },
    { lang: 'nl', phrases: [
    'met niemand',
    'niet',
    ] },
    { lang: 'en', phrases: [
    'never',
    ] },
    { lang: 'fr', phrases: [
    'jamais',
    ] },
  ],
};
