import type { PhraseList } from '../lexicon.js';

// Pressure and pretext phrases, one lexicon per tactic: urgency, threats, fake orders, billing
// failures, refunds, security alerts, delivery problems, recalls, prizes, IVR "press 1" scripts,
// secrecy and fake support desks, in English, German, Spanish, French, Portuguese and Dutch. The
// phrases are the generic scripts consumer-protection agencies describe (FTC "How to recognize and
// avoid phishing scams", FTC "Amazon impersonators", Amazon's "Identifying whether an email, phone
// call, text message or webpage is from Amazon", BSI/Verbraucherzentrale phishing radar for the
// German wording), not lines lifted from individual samples. Format and engine: ../lexicon.ts;
// compiled by signals/pressure-lexicon.ts. `stems` are the trigger words (see ../lexicon.ts).

const YOUR = '(?:your|ihr(?:e|en|em)?|dein(?:e|en|em)?|su|tu|sua|seu|votre|vos|uw|je)';
const N = '\\d{1,3}';
const NUMWORD = '(?:one|two|three|twenty[- ]four|forty[- ]eight|seventy[- ]two|\\d{1,3})';

// ---------------------------------------------------------------------------------------------
// Urgency and deadlines

/** Weak urgency words: common in real mail too, so they only count when graded with other cues. */
export const URGENCY_WORDS: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'urgent(?:ly)?',
    'immediately',
    'immediate (?:action|attention|response|verification)',
    'right away',
    'as soon as possible',
    'act (?:now|fast|quickly|immediately|today)',
    'respond (?:now|promptly|immediately|today)',
    'time[- ]sensitive',
    'without (?:further )?delay',
    'action (?:is )?required',
    'hurry(?: up)?',
    "don[’']t (?:delay|wait|miss out)",
    ] },
    { lang: 'de', phrases: [
    'dringend(?:e|er)?',
    'sofort(?:ige|igen)?',
    'umgehend',
    'unverzüglich',
    'handeln sie (?:jetzt|sofort)',
    'handlungsbedarf',
    'schnellstmöglich',
    ] },
    { lang: 'es', phrases: [
    'urgente',
    'inmediatamente',
    'de inmediato',
    'lo antes posible',
    'cuanto antes',
    'act[uú]e (?:ahora|ya)',
    'acción requerida',
    'sin demora',
    ] },
    { lang: 'fr', phrases: [
    'immédiatement',
    'dès que possible',
    'sans délai',
    'action requise',
    'agissez (?:maintenant|vite)',
    ] },
    { lang: 'pt', phrases: [
    'imediatamente',
    'o mais rápido possível',
    'ação necessária',
    'ação imediata',
    'aja agora',
    ] },
    { lang: 'nl', phrases: [
    'onmiddellijk',
    'zo snel mogelijk',
    'actie vereist',
    ] },
  ],
  stems: 'acci act acti agis ahor aja away ação cuan dela drin dès déla hand hurr imed imme immé inme lo miss moge onmi resp rápi schn sens sin sofo soon umge unve urge wait ya',
};

/** Hard deadlines: a time window, a countdown, a "final notice". */
export const HARD_DEADLINE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `within (?:the next )?${NUMWORD} ?(?:hours?|hrs?|h|days?|minutes?|mins?|business days?|working hours)`,
    `in the next ${NUMWORD} ?(?:hours?|hrs?|days?|minutes?|working hours)`,
    `in (?:${N}|thirty|fifteen|ten) minutes`,
    `(?:only )?${N} (?:hours?|days?|minutes?) (?:left|remaining|to (?:respond|act|verify|confirm|claim|pay|update))`,
    '(?:by|before) (?:the )?end of (?:the )?(?:day|today|business day)',
    '(?:by|before) midnight',
    'final (?:notice|warning|reminder|call|attempt|chance|opportunity|demand)',
    'last (?:notice|warning|reminder|attempt|chance|opportunity|demand)',
    'this is (?:your|an official) (?:final|last)',
    '\\d{1,2}:\\d{2}:\\d{2} (?:left|remaining)',
    ] },
    { lang: 'de', phrases: [
    `innerhalb (?:von |der nächsten |der kommenden )?${N} ?(?:stunden|std\\.?|tagen|minuten|werktagen)`,
    `binnen ${N} ?(?:stunden|tagen)`,
    'letzte (?:mahnung|warnung|erinnerung|chance|gelegenheit|aufforderung|benachrichtigung)',
    ] },
    { lang: 'es', phrases: [
    `en (?:las próximas |un plazo de |menos de |los próximos )?${N} ?(?:horas|días|minutos)`,
    `dentro de (?:las próximas |los próximos )?${N} ?(?:horas|días)`,
    'último aviso',
    ] },
    { lang: 'mul', phrases: [
    '(?:notificación|notificação|aviso) final',
    ] },
    { lang: 'fr', phrases: [
    'avis final',
    ] },
    { lang: 'mul', phrases: [
    'última (?:advertencia|oportunidad|notificación|chance|oportunidade)',
    ] },
    { lang: 'fr', phrases: [
    `(?:sous|dans les|d'ici) ${N} ?(?:heures|h|jours)`,
    'dernier (?:avis|avertissement|rappel)',
    'dernière (?:chance|relance|notification)',
    ] },
    { lang: 'pt', phrases: [
    `(?:em|dentro de) (?:até |as próximas )?${N} ?(?:horas|dias)`,
    ] },
    { lang: 'nl', phrases: [
    `binnen ${N} ?(?:uur|dagen|minuten)`,
    'laatste (?:waarschuwing|herinnering|kans|aanmaning)',
    ] },
  ],
  stems: 'end avis binn dage day days dern dias días fina h heur hora hour hrs inne jour laat last left letz midn mins minu next noti rema std stun tage uur werk with últi',
};

/** Softer deadlines: "expires", "today only", "limited time" — marketing uses them too. */
export const SOFT_DEADLINE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'today only',
    'only today',
    '(?:ends|expires?|expiring) (?:today|tonight|soon|shortly)',
    '(?:will|is about to|is going to) expire',
    'limited[- ]time (?:offer|only)',
    'before it(?:[’\']s| is) too late',
    'no later than',
    ] },
    { lang: 'de', phrases: [
    'nur (?:noch )?heute',
    'endet heute',
    'läuft (?:heute |bald |in kürze )?ab',
    'verfällt',
    'zeitlich begrenzt',
    ] },
    { lang: 'es', phrases: [
    's[oó]lo (?:por )?hoy',
    '(?:expira|caduca|vence) (?:hoy|pronto|mañana)',
    '(?:expirará|caducará|vencerá)',
    'tiempo limitado',
    ] },
    { lang: 'fr', phrases: [
    "aujourd'hui seulement",
    '(?:expire|expirera) (?:bientôt|aujourd\'hui)',
    'durée limitée',
    ] },
    { lang: 'pt', phrases: [
    '(?:só|somente|apenas) hoje',
    'expira (?:hoje|em breve)',
    'tempo limitado',
    ] },
    { lang: 'nl', phrases: [
    'alleen vandaag',
    'verloopt (?:vandaag|binnenkort)',
    ] },
  ],
  stems: 'begr binn cadu ends expi heut hoje hoy late limi läuf seul toda vand venc verf',
};

/** Consequences threatened when the deadline passes. */
export const CONSEQUENCE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:will|may|could|shall) (?:be |get )?(?:permanently |temporarily |automatically )?(?:suspended|closed|locked|deleted|terminated|cancel(?:l)?ed|disabled|deactivated|blocked|frozen|forfeited|lost|disconnected|removed|restricted|charged|limited)',
    'to avoid (?:(?:any|the|account|permanent) )?(?:suspension|closure|termination|cancell?ation|interruption|penalt(?:y|ies)|charges|losing|deactivation|restriction)',
    'failure to (?:respond|comply|verify|update|confirm|pay|act)',
    '(?:lose|losing) (?:access|your)',
    'legal action',
    'lawsuit',
    '(?:arrest|arrested|warrant)',
    'penalt(?:y|ies)',
    ] },
    { lang: 'de', phrases: [
    'wird (?:ihr|dein)e?s? [^\\n]{0,25}?(?:gesperrt|gelöscht|geschlossen|deaktiviert|gekündigt|eingeschränkt)',
    'wird (?:dauerhaft |endgültig |vorübergehend )?(?:gesperrt|gelöscht|geschlossen|deaktiviert|gekündigt|eingeschränkt|storniert)',
    'rechtliche schritte',
    'inkasso',
    ] },
    { lang: 'mul', phrases: [
    'será (?:permanentemente |definitivamente )?(?:suspendid[oa]|bloquead[oa]|cancelad[oa]|eliminad[oa]|cerrad[oa]|desactivad[oa]|excluíd[oa]|encerrad[oa])',
    ] },
    { lang: 'es', phrases: [
    'acciones? legal(?:es)?',
    'perder[aá]',
    ] },
    { lang: 'fr', phrases: [
    'sera (?:définitivement )?(?:suspendu|bloqué|supprimé|fermé|désactivé|résilié)e?',
    'poursuites',
    ] },
    { lang: 'nl', phrases: [
    'wordt (?:definitief )?(?:geblokkeerd|verwijderd|gesloten|opgeschort)',
    ] },
  ],
  stems: 'arre avoi coul fail gebl gesl inka laws lega lose losi may opge pena perd pour schr sera será shal verw warr will wird',
};

/** Legal or police threats (tax and "police case" robocalls). */
export const LEGAL_THREAT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:filed|filing|file) (?:a )?(?:lawsuit|case|complaint|suit) against you',
    'lawsuit (?:has been |was )?(?:filed|registered) (?:against|under|on) (?:you|your name)',
    'legal action against you',
    '(?:arrest )?warrant (?:for|against|on|under) (?:you|your name)',
    '(?:taken|take you) in(?:to)? (?:custody|custudy)',
    '(?:you will be|you(?:[’\']ll| will) get) arrested',
    'allegations (?:pressed |filed )?(?:on|against) (?:you|your name)',
    ] },
    { lang: 'de', phrases: [
    'haftbefehl',
    'strafanzeige gegen sie',
    ] },
    { lang: 'es', phrases: [
    'orden de (?:arresto|detención)',
    'demanda (?:en su contra|contra usted)',
    ] },
    { lang: 'en', phrases: [
    // Fake debt-collection texts: "the bailiff will proceed with a prejudgment attachment".
    'bailiffs? (?:will|shall|is going to|are going to) (?:proceed|come|visit|seize|collect)',
    '(?:prejudgment|pre-judgment|enforceable) attachment',
    'seizure of your (?:salary|pension|wages|property|goods|assets|house(?:hold)? (?:goods|effects))',
    ] },
  ],
  stems: 'agai alle arre cust dete gege haft laws su uste warr bail prej pre enfo seiz',
};

// ---------------------------------------------------------------------------------------------
// Account suspension threats

const SUSP_EN =
  '(?:suspend(?:ed)?|lock(?:ed)?(?: out)?|closed|(?:put |placed )?on hold|restricted|limited|disabled|deactivated|blocked|frozen|terminated|cancel(?:l)?ed|deleted)';
export const SUSPENSION: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `your (?:amazon |apple |paypal |microsoft |prime |email |e-mail |bank |online |netflix |icloud )?(?:account|apple ?id|membership|subscription|profile|mailbox|card|access|prime|services?)(?: (?:access|has|have|had))? (?:has been|have been|was|is|will be|may be|could be|is being|is now|are being|will soon be|would be|might be|is going to be|got|is currently) (?:temporarily |permanently |now |being |automatically )?${SUSP_EN}(?! (?:as |on )?(?:per )?(?:your|ur) (?:own )?request)`,
    // Broken English from the same scripts: "your account will Block within 24 hr", "your Paytm A/C
    // will block", "your ATM card have be block", "your SIM number have be suspend".
    "your (?:[\\p{L}.]{2,12} )?(?:account|a/c|card|atm card|debit card|sim(?: card)?|(?:mobile |sim )?number|wallet)(?: (?:has|have|had))? (?:will|will be|be|have be|has be|had be|get) (?:temporarily |permanently |now )?(?:block(?:ed)?|suspend(?:ed)?|lock(?:ed)?|close|deactivate)(?! (?:as |on )?(?:per )?(?:your|ur) (?:own )?request)",
    // Card-renewal texts: "your debit card will expire, request the renew debit card for free via …".
    '(?:request|apply for|order) (?:your |a |the )?(?:new|renew(?:ed)?|replacement) (?:debit |bank |atm |credit )?card(?: now)?(?: completely)? (?:for free|free of charge|via|here|through)',
    // KYC-expiry texts ("your Paytm KYC has expired", "K.Y.C have be suspend"): the RBI warns that
    // banks never ask for KYC updates through links or numbers in a text.
    '(?:e-?kyc|k\\.? ?y\\.? ?c\\.?|kcy) (?:has |have |is |was |will |had )?(?:been |be |get )?(?:expired?|suspend(?:ed)?|block(?:ed)?|deactivated?|pending)',
    `we(?: have| ?[’']ve| had| will| may| must| are going to)? (?:temporarily |permanently |now )?(?:suspend(?:ed)?|lock(?:ed)?|limit(?:ed)?|restrict(?:ed)?|disabled?|deactivated?|closed?|block(?:ed)?|froze(?:n)?|freeze|put (?:a )?hold on|placed (?:a )?hold on|put on hold|terminated?|cancel(?:l?ed)?|deleted?) your (?:amazon |apple |paypal |prime )?(?:account|apple ?id|membership|subscription|access|card|services?)`,
    '(?:account|membership|apple ?id) (?:suspension|closure|termination|deactivation|restriction|limitation|lockout|lock)',
    'suspension (?:notice|notification|alert|warning)',
    'your (?:last |recent |latest )?order (?:is |has been |was )?(?:placed |put )?on hold',
    `(?:suspension|closure|deactivation|termination|deletion|restriction|limitation|locking) of your (?:account|membership|apple ?id|subscription|access)`,
    ] },
    { lang: 'de', phrases: [
    `${YOUR} (?:amazon[- ]?)?(?:konto|kundenkonto|zugang|account|mitgliedschaft|karte|prime[- ]mitgliedschaft|apple[- ]id)[^\\n]{0,40}?(?:wurde|wird|ist|wurden|werden) (?:vorübergehend |dauerhaft |endgültig )?(?:gesperrt|eingeschränkt|deaktiviert|gelöscht|geschlossen|gekündigt|blockiert|eingefroren|suspendiert)`,
    '(?:konto|kundenkonto|account)(?:sperrung| gesperrt| eingeschränkt)',
    '(?:sperrung|einschränkung|deaktivierung|schließung) (?:ihres|deines) (?:konto|kontos|kundenkontos|zugangs|accounts)',
    ] },
    { lang: 'es', phrases: [
    `${YOUR} cuenta[^\\n]{0,30}?(?:ha sido|fue|será|está|sera|se ha|quedará|ha quedado) (?:temporalmente |permanentemente |definitivamente )?(?:suspendida|bloqueada|cancelada|restringida|desactivada|limitada|cerrada|eliminada|congelada|inhabilitada)`,
    '(?:suspensión|bloqueo|cierre|cancelación) de (?:su|tu) cuenta',
    'cuenta (?:suspendida|bloqueada|restringida)',
    ] },
    { lang: 'fr', phrases: [
    `votre compte[^\\n]{0,30}?(?:a été|sera|est|va être) (?:temporairement |définitivement )?(?:suspendu|bloqué|restreint|désactivé|supprimé|fermé|limité|verrouillé)`,
    '(?:suspension|blocage|fermeture) de votre compte',
    'compte (?:suspendu|bloqué|restreint)',
    ] },
    { lang: 'pt', phrases: [
    `${YOUR} conta[^\\n]{0,30}?(?:foi|será|está|sera) (?:temporariamente |permanentemente )?(?:suspensa|bloqueada|cancelada|restrita|desativada|encerrada|limitada|excluída)`,
    'conta (?:suspensa|bloqueada)',
    '(?:cancelamento|bloqueio|suspensão) (?:do seu|da sua) (?:cadastro|conta|cpf|acesso|cartão)',
    ] },
    { lang: 'nl', phrases: [

    `${YOUR} (?:account|rekening|pas|lidmaatschap)[^\\n]{0,30}?(?:is|wordt|werd) (?:tijdelijk |definitief )?(?:geblokkeerd|opgeschort|gesloten|verwijderd|beperkt|gedeactiveerd)`,
    'account (?:geblokkeerd|opgeschort)',
    ] },
    { lang: 'en', phrases: [
    // Short SMS forms: "Debit card … is locked", "Account temporarily locked", "we blocked access to
    // your debit card", "verify now to avoid suspension".
    '(?:your|the) (?:debit |credit |atm |bank |online |prepaid )?(?:account|card|online id|online banking|access|debit)(?: (?:ending|starting) (?:in |with )?\\d{2,6})? (?:is|has been|have been|was|got|is now|is currently) (?:temporar(?:il)?y |currently |now )?(?:locked|blocked|barred|frozen|suspended|on hold)',
    '(?:debit|credit|atm|bank|online|prepaid) (?:card|account|debit)(?: (?:ending|starting) (?:in |with )?\\d{2,6})? (?:is |has been |have been |was |got )?(?:temporar(?:il)?y |currently |now )?(?:locked|blocked|barred|frozen|suspended)',
    '(?:account|card) (?:temporar(?:il)?y |currently )?(?:locked|blocked|suspended|frozen)(?![^\\n]{0,12}?(?:after|because|when|up|out))',
    // "Your card starting with 4427*** has been temporarily blocked", "Debit card associated with
    // Acct*8139 is locked": a short gap (a masked number, "associated with …") before the threat. A
    // block the customer asked for ("blocked as per your request") is a confirmation, not a threat.
    '(?:card|account)(?: [^\\n.]{1,32}?)? (?:is|has been|have been|was) (?:temporar(?:il)?y |now |currently )?(?:locked|blocked|suspended|frozen|restricted)(?! (?:as |on )?(?:per )?(?:your|ur) (?:own )?request)(?![^\\n]{0,12}?(?:after|because|when|up|out))',
    'we(?: have| ?[’\']ve)? (?:temporarily )?(?:blocked|locked|suspended|frozen|restricted|limited|barred) (?:access to |the use of )?your (?:debit |credit |atm |bank |online |prepaid )?(?:card|account|access|online id|debit)',
    '(?:placed|put) (?:a |an )?(?:temporary |security )?(?:hold|restriction|block|lock) on your (?:debit |credit |atm |bank |online )?(?:card|account|access)',
    'to (?:avoid|prevent) (?:your )?(?:account |card )?(?:suspension|being (?:suspended|locked|blocked|closed|deactivated)|deactivation|closure|termination|permanent (?:suspension|closure|lock))',
    ] },
    { lang: 'it', phrases: [
    `(?:il (?:tuo|suo) |la (?:tua|sua) )?(?:conto|account|carta)[^\\n]{0,30}?(?:è stato|è stata|sarà|verrà) (?:temporaneamente |definitivamente )?(?:sospes[oa]|bloccat[oa]|limitat[oa]|disattivat[oa]|chius[oa])`,
    '(?:conto|carta|account) (?:sospes[oa]|bloccat[oa])',
    ] },
  ],
  stems: 'requ appl orde kyc k e kcy expi pend acco bepe bloc bloq canc clos cuen deac deak dele desa disa eing ence excl free froz gebl gede gekü gelö gesc gesl gesp hold kont kund limi lock opge rest susp term verw votr zuga barr bloc lock froz susp hold plac put avoi prev cont cart sosp chiu',
};

/** Utility and phone-service cut-off threats ("your power will be disconnected in 30 minutes"). */
export const SERVICE_CUTOFF: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:your|the) (?:power|electricity|electric service|gas|water|internet|phone|cable|service)(?: service| supply)? (?:will|is going to|is scheduled to) (?:be |get )?(?:disconnected|shut off|cut off|turned off|suspended|terminated)',
    'disconnection (?:of (?:your )?(?:service|power)|department|notice)',
    ] },
  ],
  stems: 'cut disc shut susp term turn',
};

// ---------------------------------------------------------------------------------------------
// Unexpected orders and charges

export const EXPENSIVE_ITEM: PhraseList = {
  phrases: [
    { lang: 'any', phrases: [
    'i ?phone(?: ?(?:\\d{1,2}|x|xr|xs|se))?(?: pro)?(?: max)?',
    'mac ?book(?: pro| air)?',
    'i ?pad(?: pro| air)?',
    'air ?pods?(?: pro| max)?',
    'apple watch',
    'imac',
    'play ?station(?: ?\\d)?',
    'ps[45]',
    'xbox(?: series [xs]| one)?',
    'nintendo switch',
    'samsung galaxy',
    'galaxy s\\d{1,2}',
    'google pixel',
    ] },
    { lang: 'en', phrases: [
    'gaming (?:laptop|console|pc)',
    '(?:hp|dell|lenovo|asus|acer|microsoft surface) (?:laptop|notebook)',
    'laptop',
    '(?:\\d{2} ?(?:inch|")? )?(?:4k|oled|smart) tv',
    'gift ?cards?',
    ] },
    { lang: 'de', phrases: [
    'geschenkkarten?',
    'gutscheine?',
    ] },
    { lang: 'es', phrases: [
    'tarjetas? (?:de )?regalo',
    ] },
    { lang: 'any', phrases: [
    'bitcoin',
    ] },
  ],
  stems: 'acer air airp asus bitc dell gala gami gesc gift guts hp imac ipad ipho lapt leno mac macb nint pad phon pixe play ps4 ps5 surf tarj tv watc xbox',
};

/** "An order has been placed", "your card was charged", "a pre-authorized purchase". */
export const ORDER_PLACED: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:an? |your |the |one |new |recent )?(?:order|purchase|transaction|payment|charge|subscription)(?: (?:number|no\\.?|id|#) ?[a-z0-9-]{3,25})?(?: (?:of|for) [^\\n]{1,60}?)? (?:has been|have been|was|is being|were|had been|got|has just been|is) (?:successfully |recently |just )?(?:placed|made|processed|charged|approved|authori[sz]ed|debited|initiated|submitted)',
    '(?:order|purchase)(?:ed)? placed (?:for|of|on|from|using)',
    'pre-?authori[sz]ed (?:purchase|order|payment|transaction|charge)',
    '(?:authori[sz]e|approve) (?:a|the|this) (?:payment|purchase|transaction|charge) of',
    '(?:your|the) (?:card|account|bank account|credit card|debit card|paypal)(?: [^\\n]{0,30}?)? (?:has been|was|will be|is being|is going to be|got) (?:successfully |automatically )?(?:charged|billed|debited)',
    '(?:will be|has been|was|is being) (?:charged|billed|debited|deducted|withdrawn) (?:from|to|on) your',
    '(?:amount|total) (?:charged|billed|debited|deducted) (?:is|in|was|of)',
    '(?:being|been|was|is) ordered (?:from|on|using|with) your',
    ] },
    { lang: 'de', phrases: [
    '(?:bestellung|kauf|zahlung|abbuchung|transaktion)[^\\n]{0,40}?(?:wurde|ist|wird) (?:erfolgreich )?(?:aufgegeben|getätigt|belastet|ausgeführt|autorisiert|veranlasst)',
    '(?:ihr|ihre|dein|deine) (?:konto|karte|kreditkarte|bankkonto)[^\\n]{0,30}?(?:wurde|wird) (?:mit [^\\n]{0,20}?)?belastet',
    ] },
    { lang: 'es', phrases: [
    '(?:pedido|compra|cargo|pago|transacción)[^\\n]{0,40}?(?:ha sido|fue|se ha) (?:realizad[oa]|procesad[oa]|aprobad[oa]|efectuad[oa]|cargad[oa])',
    'se (?:ha )?(?:realizado|efectuado|cargado|aplicado) un (?:cargo|pago|pedido|cobro)',
    ] },
    { lang: 'fr', phrases: [
    'commande[^\\n]{0,40}?(?:a été|est) (?:passée|validée|effectuée)',
    '(?:un )?(?:prélèvement|débit) de',
    ] },
    { lang: 'pt', phrases: [
    '(?:pedido|compra|pagamento|transação)[^\\n]{0,40}?(?:foi|está sendo) (?:realizad[oa]|processad[oa]|aprovad[oa]|efetuad[oa])',
    ] },
    { lang: 'nl', phrases: [
    'bestelling[^\\n]{0,40}?(?:is|werd) (?:geplaatst|verwerkt)',
    '(?:is|wordt) afgeschreven',
    ] },
  ],
  stems: 'ihr ihre dein afge apli appr apro aufg ausg auth auto bela bill carg char debi dedu débi efec efet effe gepl getä init made orde pass plac prea proc prél real subm vali vera verw with',
};

/** "If you did not authorize this purchase", "unauthorized charge", "was this you?". */
export const NOT_YOU: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    "if you (?:did not|didn[’']t|do not|don[’']t|have not|haven[’']t|never|not) (?:wish to )?(?:authori[sz]e|make|place|order|recogni[sz]e|approve|initiate|made|placed|authori[sz]ed)[^\\n]{0,25}?(?:order|purchase|transaction|payment|charge|debit|this|these|it)",
    "if (?:this|it) (?:was not|wasn[’']t|is not|isn[’']t) (?:you|yours|made by you)",
    'unauthori[sz]ed (?:purchase|charge|order|transaction|payment|debit)',
    "if you (?:do not|don[’']t|did not|didn[’']t) (?:believe|think|recall|remember) (?:that )?you (?:ordered|made|placed|authori[sz]ed|purchased)",
    'not (?:authori[sz]ed|recogni[sz]ed|made|placed) by you',
    'was this you',
    // SMS callback lures: "If this was not you, call …", "if you did not initiate this". ("If you
    // didn't request this" is left out: sign-up confirmations end with it.) A bare "Not
    // you?" is left out: genuine bank debit alerts end with "Not you? Call <the bank's number>".
    '(?:was|is) (?:this|it) not you',
    "if (?:this|that|it) (?:was|is|wasn[’']t|isn[’']t) (?:not )?(?:you|yours|made by you|authori[sz]ed by you|requested by you)",
    "if you (?:did not|didn[’']t|do not|don[’']t) (?:initiate|recogni[sz]e|attempt|make) (?:this|it|that|the (?:login|sign-?in|request|transfer|withdrawal|change))",
    'did you (?:make|authori[sz]e|place|order|approve) this',
    'to (?:cancel|dispute|stop|reverse) (?:this|the|your) (?:order|purchase|transaction|payment|charge)',
    // "$870 withdrawn at ATM-2. To dispute, go to bit.ly/…": a link or login to "dispute" a charge.
    'to dispute(?: (?:this|it|the charge|the transaction|the withdrawal))?,? (?:go to|visit|click|tap|log ?in (?:at|to))',
    ] },
    { lang: 'de', phrases: [
    '(?:falls|wenn) sie (?:diese[nsm]?|die|den) (?:bestellung|kauf|zahlung|transaktion|abbuchung) nicht (?:getätigt|aufgegeben|autorisiert|veranlasst|erkennen|vorgenommen)',
    '(?:nicht autorisierte|unbefugte|unberechtigte) (?:bestellung|zahlung|transaktion|abbuchung|kauf)',
    'bestellung stornieren',
    ] },
    { lang: 'es', phrases: [
    'si (?:usted )?no (?:reconoce|realizó|autorizó|ha realizado|ha autorizado|hizo) (?:esta|este|la|el) (?:compra|pedido|cargo|transacción|pago)',
    '(?:compra|cargo|transacción|pedido|pago) no autorizad[oa]',
    'cancelar (?:el|este|su) pedido',
    ] },
    { lang: 'fr', phrases: [
    "si vous n[’']êtes pas à l[’']origine de (?:cette|ce)",
    "si vous n[’']avez pas (?:effectué|passé|autorisé)",
    '(?:achat|paiement|transaction|commande|prélèvement) non autorisée?',
    ] },
    { lang: 'pt', phrases: [
    'se (?:você )?não (?:reconhece|realizou|autorizou|fez) (?:esta|este|essa|esse)',
    '(?:compra|transação|pagamento) não autorizad[oa]',
    ] },
    { lang: 'nl', phrases: [
    'als (?:u|je) (?:deze|dit) (?:bestelling|aankoop|betaling|transactie) niet',
    'niet[- ]geautoriseerde (?:bestelling|betaling|transactie)',
    ] },
  ],
  stems: 'aufg auth auto canc did disp erke getä if made niet não plac reco reve si stop stor unau unbe vera vorg was not this that requ init atte make',
};

// ---------------------------------------------------------------------------------------------
// Subscription renewal and billing failures

export const BILLING_FAILURE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:membership|subscription|prime|plan|account|service)(?: [^\\n]{0,25}?)? (?:could not|couldn[’\']t|cannot|can[’\']t|was not|wasn[’\']t|has not been|failed to) (?:be )?(?:renewed|processed|charged|billed|activated)',
    '(?:unable|not able|failed) to (?:process|renew|charge|authori[sz]e|verify|validate|bill) (?:your )?(?:payment|membership|subscription|card|billing|prime|renewal|account)',
    '(?:payment|transaction|card|charge|renewal|billing)(?: method)? (?:was |has been |is )?(?:declined|failed|unsuccessful|rejected|refused|denied)',
    'payment decline',
    ] },
    { lang: 'es', phrases: [
    'incidencia (?:con|en|relacionada con) (?:el|su|la) (?:pago|abono|cobro|tarjeta|suscripción)',
    ] },
    { lang: 'en', phrases: [
    '(?:problem|issue|error|trouble) (?:with|processing|charging) (?:your )?(?:payment|billing|card|credit card|subscription|membership)',
    '(?:update|verify|confirm|re-?enter|correct) (?:your )?(?:billing|payment|card|credit card|account billing)(?: method| information| info| details| address)',
    'your (?:credit |debit )?card (?:has )?expired',
    '(?:auto-?renew(?:al|ed)?|automatic(?:ally)? renew(?:al|ed)?)[^\\n]{0,60}?(?:charge|charged|debited|billed|deducted)',
    '(?:subscription|membership|plan|license|licence) (?:has been |will be |was )?(?:auto-?)?renewed (?:for|at|with)',
    '(?:payment|billing) (?:information|details|method) (?:is )?(?:outdated|invalid|expired|incorrect)',
    ] },
    { lang: 'de', phrases: [
    '(?:zahlung|abbuchung|lastschrift|verlängerung)[^\\n]{0,20}?(?:fehlgeschlagen|abgelehnt|nicht möglich|gescheitert)',
    '(?:zahlungs(?:informationen|daten|methode)|rechnungs(?:daten|adresse|informationen)) (?:aktualisieren|bestätigen|überprüfen)',
    '(?:mitgliedschaft|abonnement|abo)[^\\n]{0,25}?(?:konnte nicht|kann nicht) (?:verlängert|erneuert|abgerechnet)',
    ] },
    { lang: 'es', phrases: [
    'pago (?:rechazado|fallido|denegado|no (?:se pudo|pudo ser) procesado)',
    'no (?:hemos podido|pudimos|se pudo) (?:procesar|renovar|cobrar|verificar) (?:su|tu|el) (?:pago|membresía|suscripción|tarjeta)',
    ] },
    { lang: 'mul', phrases: [
    'actuali[cz]e? (?:su|tu|la) (?:información|informações|forma|método|datos) de (?:pago|facturación)',
    ] },
    { lang: 'es', phrases: [
    '(?:membresía|suscripción)[^\\n]{0,25}?no (?:se )?(?:pudo|ha podido) (?:renovar|ser renovada)',
    ] },
    { lang: 'fr', phrases: [
    'paiement (?:refusé|échoué|rejeté)',
    '(?:mettre à jour|mettez à jour|actualiser) (?:vos|votre) (?:informations|moyen|mode|coordonnées) de (?:paiement|facturation)',
    "(?:abonnement|adhésion)[^\\n]{0,25}?n[’']a pas pu être (?:renouvelé|renouvelée|traité)",
    ] },
    { lang: 'pt', phrases: [
    'pagamento (?:recusado|falhou|rejeitado|não (?:foi )?(?:aprovado|processado))',
    'atualize (?:seus|suas|os|as) (?:dados|informações|forma) de (?:pagamento|cobrança)',
    ] },
    { lang: 'nl', phrases: [
    'betaling (?:mislukt|geweigerd|is mislukt|niet gelukt)',
    '(?:werk|update) (?:uw|je) (?:betalings|facturerings)gegevens',
    ] },
  ],
  stems: 'zahl abbu last abge able acti actu addr aktu apro atua auto best beta bill card char cobr cred decl dene deni deta erne expi fact fail falh fall fehl gelu gesc gewe inci inco info inva memb meth mett misl mögl outd paym proc rech recu refu reje rene reno subs trai unab unsu veri verl écho über',
};

// ---------------------------------------------------------------------------------------------
// Refunds and overpayments

/** Strong: the overpayment script ("we refunded too much, send back the difference"). */
export const OVERPAYMENT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'overpaid',
    'over-?payment',
    '(?:refunded|sent|transferred|credited|deposited) (?:you )?(?:too much|more than|an extra|extra)',
    'an? (?:extra|additional) zero',
    'typed (?:an? )?(?:extra )?(?:zero|0)',
    '(?:send|pay|give|return|transfer|wire) (?:us )?(?:back )?the (?:difference|excess|extra amount|extra money)',
    'refund (?:the |that )?(?:extra|excess|difference)',
    ] },
    { lang: 'de', phrases: [
    'zu viel (?:überwiesen|erstattet|gutgeschrieben)',
    '(?:differenz|den überschuss|den restbetrag) (?:zurück)?(?:überweisen|senden|zahlen)',
    ] },
    { lang: 'es', phrases: [
    '(?:reembolsamos|transferimos|depositamos|enviamos) (?:de más|demasiado)',
    '(?:devuelva|devolver|envíe) la diferencia',
    ] },
    { lang: 'fr', phrases: [
    'trop (?:remboursé|versé|payé)',
    'renvoyer la différence',
    ] },
    { lang: 'pt', phrases: [
    '(?:devolver|envie|devolva) a diferença',
    ] },
    { lang: 'nl', phrases: [
    'te veel (?:terugbetaald|overgemaakt)',
    ] },
  ],
  stems: '0 addi dema dife diff exce extr more much más over rest trop veel viel zero über',
};

/** Generic "send it back": only counts next to a refund or a money amount. */
export const RETURN_MONEY: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:send|pay|give|transfer|wire|return) (?:it |the money |the amount |the funds |that |this )?back',
    ] },
    { lang: 'de', phrases: [
    '(?:zurücküberweisen|zurückzahlen|zurücksenden)',
    ] },
    { lang: 'es', phrases: [
    '(?:devuélvalo|devolver el dinero|devuelva el dinero)',
    ] },
    { lang: 'fr', phrases: [
    "(?:rembourser|renvoyer) l[’']argent",
    ] },
    { lang: 'pt', phrases: [
    'devolver o dinheiro',
    ] },
    { lang: 'nl', phrases: [
    'terugstorten',
    ] },
  ],
  stems: 'arge back devo devu dinh teru zurü',
};

/** A refund offered out of the blue: "you are eligible for a refund", "refund of $399". */
export const REFUND: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:you are|you[’\']re|you have been|you[’\']ve been) (?:eligible|entitled|approved|due|qualified) (?:for|to) (?:a |an |your )?(?:full |partial |tax )?(?:refund|reimbursement|compensation)',
    '(?:eligible|entitled) (?:for|to) (?:a |an )?(?:full |partial |tax )?(?:refund|reimbursement)',
    '(?:claim|receive|process|get|collect|issue) (?:your|the|a) (?:full |pending )?(?:refund|reimbursement)',
    '(?:refund|reimbursement) (?:of|for the amount of|amount of)',
    '(?:pending|outstanding|unclaimed) (?:refund|reimbursement)',
    '(?:refund|reimbursement) (?:is )?(?:pending|waiting|awaiting|on hold|ready)',
    '(?:tax|irs|hmrc) refund (?:of|is (?:pending|waiting|ready)|notification|claim)',
    ] },
    { lang: 'de', phrases: [
    '(?:anspruch auf (?:eine )?)?(?:rückerstattung|erstattung|rückzahlung) (?:von|in höhe von|über)',
    'anspruch auf (?:eine )?(?:rückerstattung|erstattung|rückzahlung)',
    '(?:ausstehende|offene) (?:rückerstattung|erstattung)',
    ] },
    { lang: 'es', phrases: [
    '(?:tiene|tienes) derecho a (?:un )?reembolso',
    '(?:reembolso|devolución) (?:de|por (?:un )?(?:importe|valor) de|pendiente)',
    '(?:recibir|solicitar|reclamar) (?:su|tu) (?:reembolso|devolución)',
    ] },
    { lang: 'fr', phrases: [
    'vous (?:êtes|etes) (?:éligible|admissible) (?:à|a) un remboursement',
    'remboursement (?:de|en attente)',
    ] },
    { lang: 'pt', phrases: [
    '(?:você tem|tem) direito a (?:um )?(?:reembolso|restituição)',
    '(?:reembolso|restituição) (?:de|pendente)',
    ] },
    { lang: 'nl', phrases: [
    '(?:recht op (?:een )?)?(?:terugbetaling|restitutie) (?:van|van uw)',
    ] },
  ],
  stems: 'appr devo due elig enti erst qual reem refu reim remb rest rück teru',
};

// ---------------------------------------------------------------------------------------------
// Fake security alerts

export const SECURITY_ALERT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:suspicious|unusual|fraudulent|unauthori[sz]ed|irregular) (?:log-?in|sign-?in|access|activity|activities|attempts?|transactions?|charges?|purchases?)',
    '(?:new|unrecogni[sz]ed|unknown) (?:sign-?in|log-?in)(?: attempt)?',
    '(?:unrecogni[sz]ed|unknown) (?:device|location)',
    '(?:sign-?in|log-?in|login) (?:attempt )?(?:from|on) (?:a |an )?(?:new|unknown|unrecogni[sz]ed|different) (?:device|location|browser|ip)',
    '(?:someone|somebody|an unknown (?:user|person|party)|a third party) (?:has |may have |just |recently )?(?:(?:tried|attempted|is trying) to (?:access|log|sign|use|open|change)|accessed|logged in|signed in|used your)',
    "(?:your|the) (?:account|apple ?id|icloud|computer|device|pc|password|email|card)(?: account)? (?:has been|was|is|may have been|might have been|got) (?:hacked|compromised|breached|infected|accessed by)",
    '(?:unknown|foreign|suspicious) ip(?: address)?',
    '(?:ip address|location|device)[^\\n]{0,20}?(?:from|in) (?:russia|china|nigeria|ukraine|north korea|iran|romania|brazil|india|vietnam|moscow|beijing|lagos)',
    'security (?:alert|warning|breach|issue|threat|notice)',
    // Fake device-infection alerts (FTC "tech support scams"): "5 apps on your phone are breaching its
    // security", "malicious files have accessed your data", "your phone is infected".
    '(?:\\d{1,2}\\*?|several|some|multiple) (?:apps?|programs?|applications?|files?) (?:on your (?:phone|device|iphone|android|computer|pc) )?(?:are|is) (?:breaching|infecting|damaging|harming|stealing|spying|compromising)',
    '(?:virus|viruses|malware|trojan|trojans|spyware|malicious files|malicious file|malicious apps|malicious app|malicious programs|malicious software)(?: has been| have been| has| have)? (?:detected|found|accessed|infected|installed)',
    '(?:your )?(?:phone|device|iphone|android|computer|pc|mobile)(?: is| has been| may be| might be)? (?:infected|(?:badly |severely )?damaged by (?:a )?virus)',
    ] },
    { lang: 'de', phrases: [
    '(?:ungewöhnliche|verdächtige|unbefugte|ungewohnte) (?:aktivitäten?|anmeldung(?:en)?|zugriffe?|anmeldeversuche?|transaktionen?)',
    'neue anmeldung',
    '(?:anmeldung|zugriff) (?:von|mit|über) (?:einem )?(?:neuen|unbekannten) (?:gerät|standort)',
    'sicherheitswarnung',
    ] },
    { lang: 'es', phrases: [
    '(?:actividad|actividades|transacción|transacciones|acceso|inicio de sesión|intento de acceso) (?:sospechos[oa]s?|inusual(?:es)?|no autorizad[oa]s?)',
    'alerta de seguridad',
    ] },
    { lang: 'fr', phrases: [
    '(?:activité|connexion|transaction|tentative de connexion)s? (?:suspecte|inhabituelle|non autorisée|frauduleuse)s?',
    'alerte de sécurité',
    ] },
    { lang: 'pt', phrases: [
    '(?:atividade|acesso|transação|login)s? (?:suspeit[oa]|incomum|não autorizad[oa])s?',
    'alerta de segurança',
    ] },
    { lang: 'nl', phrases: [
    '(?:verdachte|ongebruikelijke|onbevoegde) (?:activiteit|aanmelding|inlogpoging|toegang|transactie)',
    'beveiligingswaarschuwing',
    ] },
  ],
  stems: 'acce anme atte auto beij beve braz brea chin comp fore frau hack inco indi infe inha inus iran irre kore lago log logg logi mosc nige onbe onge roma russ secu segu sich sign sosp susp sécu trie tryi ukra unau unbe unge unkn unre unus used verd viet zugr appl apps brea dama file harm infe malw mali prog seve some spyi stea troj viru mult phon devi spyw',
};

// ---------------------------------------------------------------------------------------------
// Delivery problems

export const DELIVERY_PROBLEM: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:package|parcel|shipment|delivery|order|item|consignment)(?: [^\\n]{0,25}?)? (?:could not|couldn[’\']t|cannot|can[’\']t|was not|wasn[’\']t|has not been|will not) (?:be )?(?:delivered|shipped|dispatched|completed)',
    '(?:delivery|shipping|shipment)(?: attempt)? (?:has )?(?:failed|unsuccessful|was unsuccessful|suspended|on hold|problem|issue|exception)',
    '(?:failed|unsuccessful|missed) (?:delivery|shipment)(?: attempt)?',
    'unable to deliver',
    '(?:held|waiting|stuck|retained|on hold) (?:at|in) (?:(?:our|the|a|your local) )?(?:depot|warehouse|facility|customs|distribution cent(?:er|re)|post office|sorting cent(?:er|re))',
    're-?delivery(?: fee| charge| request)?',
    're-?schedule (?:your |the )?delivery',
    '(?:incomplete|incorrect|invalid|wrong|insufficient) (?:delivery |shipping )?address',
    '(?:customs|import|shipping|delivery|handling|postage|re-?delivery)(?: duty| duties)? (?:fee|charge|payment|tax|dut(?:y|ies))',
    '(?:pay|settle) (?:a |the )?(?:small |outstanding )?(?:shipping|delivery|customs|postage|handling) (?:fee|charge|cost|amount)',
    ] },
    { lang: 'de', phrases: [
    '(?:paket|sendung|lieferung|zustellung)[^\\n]{0,30}?(?:konnte nicht|kann nicht) (?:zugestellt|geliefert|ausgeliefert)',
    'zustellung (?:fehlgeschlagen|nicht möglich)',
    '(?:zoll|liefer|versand|zustell)gebühre?n?',
    ] },
    { lang: 'es', phrases: [
    '(?:paquete|envío|pedido)[^\\n]{0,30}?(?:no (?:pudo|ha podido) ser entregado|retenido|en espera)',
    'entrega (?:fallida|fallo|no realizada)',
    '(?:tasas?|gastos|tarifa) de (?:aduana|envío|entrega|reenvío)',
    ] },
    { lang: 'fr', phrases: [
    "colis[^\\n]{0,30}?(?:n[’']a pas pu être livré|en attente|retenu|bloqué)",
    "(?:frais|droits) de (?:douane|livraison|réexpédition|port)",
    'livraison (?:échouée|impossible)',
    ] },
    { lang: 'pt', phrases: [
    '(?:encomenda|pacote|entrega)[^\\n]{0,30}?(?:não pôde ser entregue|retid[oa]|pendente)',
    'taxa (?:alfandegária|de entrega|de envio)',
    ] },
    { lang: 'nl', phrases: [
    '(?:pakket|zending)[^\\n]{0,30}?(?:kon niet worden bezorgd|niet bezorgd|vastgehouden)',
    '(?:douanekosten|verzendkosten betalen|bezorgkosten)',
    ] },
  ],
  stems: 'pedi addr adua alfa bezo coli comp cust deli depo disp dist doua enco entr envi enví faci hand impo lief livr paco pake pakk paqu port post rede reen réex send ship sort vers verz ware zend zoll zust',
};

/** "Update your address": a delivery pretext only when a parcel is in the story. */
export const ADDRESS_UPDATE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:update|confirm|verify|correct|provide) (?:your |the )?(?:delivery |shipping |home |mailing |postal |full )?(?:address|delivery details|shipping details)',
    ] },
    { lang: 'de', phrases: [
    '(?:lieferadresse|adresse|zustelladresse|anschrift) (?:aktualisieren|bestätigen|überprüfen)',
    ] },
    { lang: 'es', phrases: [
    '(?:actualice|confirme|verifique) (?:su|tu) dirección',
    ] },
    { lang: 'fr', phrases: [
    'confirm(?:ez|er) votre adresse',
    ] },
    { lang: 'pt', phrases: [
    '(?:atualize|confirme) (?:seu|o) endereço',
    ] },
    { lang: 'nl', phrases: [
    '(?:bevestig|update) (?:uw|je) adres',
    ] },
  ],
  stems: 'addr adre ansc deta ende lief su tu zust',
};

/** The parcel words that make an address update a delivery story. */
export const PARCEL: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'packages?',
    'parcels?',
    'shipments?',
    'deliver(?:y|ies)',
    'courier',
    'consignment',
    ] },
    { lang: 'de', phrases: [
    'pakete?s?',
    'sendung',
    'zustellung',
    ] },
    { lang: 'es', phrases: [
    'paquetes?',
    'envío',
    ] },
    { lang: 'fr', phrases: [
    'colis',
    'livraison',
    ] },
    { lang: 'pt', phrases: [
    'encomendas?',
    'pacotes?',
    ] },
    { lang: 'nl', phrases: [
    'pakkets?',
    'zending',
    'bezorging',
    ] },
  ],
  stems: 'bezo coli cons cour deli enco enví livr pack paco pake pakk paqu parc send ship zend zust',
};

// ---------------------------------------------------------------------------------------------
// Product recalls

export const RECALL: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:product|safety|voluntary|manufacturer) recall',
    '(?:has been|was|is being|have been) recalled',
    'recall(?:ed)? (?:notice|refund|program|compensation)',
    '(?:safety|recall) (?:refund|compensation|reimbursement)',
    ] },
    { lang: 'de', phrases: [
    '(?:produkt)?rückruf(?:aktion)?',
    'zurückgerufen',
    ] },
    { lang: 'es', phrases: [
    '(?:retirada|retiro) (?:del|de) (?:producto|mercado)',
    'llamada a revisión',
    ] },
    { lang: 'fr', phrases: [
    'rappel (?:de produit|de sécurité|volontaire)',
    ] },
    { lang: 'pt', phrases: [
    'recall (?:de produto|de segurança)',
    ] },
    { lang: 'nl', phrases: [
    'terugroep(?:actie)?',
    ] },
  ],
  stems: 'llam prod reca reti rück safe sécu teru volo zurü',
};

// ---------------------------------------------------------------------------------------------
// Prizes, vouchers, surveys

/** Strong prize claims: "you have won", "you have been selected", "claim your reward". */
export const PRIZE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:you(?:[’\']ve| have)?|u have|u) (?:just |officially )?won (?:a |an |our |the |this )?(?:guaranteed |brand new |free |grand |weekly |monthly )?(?:\\d|[$£€?]\\s?\\d|cash|prize|draw|jackpot|lottery|sweepstakes?|giveaway|holiday|trip|iphone|voucher|gift|reward|award|bonus|phone)',
    '(?:you|ur|u)(?: are| were| have been|[’\']ve been|[’\']re| r)? (?:specially |just )?awarded',
    '(?:has been|was|have been) awarded (?:with )?(?:a |an |the )?(?:guaranteed |complimentary |free )?(?:[$£€]\\s?\\d|\\d|cash|prize|bonus|award|trip|holiday|voucher|gift)',
    '(?:selected|chosen) to (?:receive|win|claim)',
    'unredeemed (?:bonus )?points',
    // Reward-points texts: "reward point worth INR 5000 expire by tomorrow, redeem your point in cash".
    '(?:reward|loyalty|bonus|credit card|debit card) points? (?:worth|of) (?:rs\\.? ?|inr ?|₹ ?|[$£€] ?)',
    '(?:redeem|convert) (?:your |the )?(?:reward |credit card )?points? (?:in|into|for|as) cash',
    'claim (?:your|ur|yr) (?:free |guaranteed |bonus |[$£€]\\s?\\d{1,6} )?[^\\n]{0,30}?(?:prizes?|rewards?|gifts?|vouchers?|bonus|awards?|winnings|cash|upgrade|points)',

    '(?:you are|you[’\']re) (?:the|a|our) (?:lucky |latest |grand )?winner',
    '(?:has|have|you[’\']ve|you have) been (?:randomly )?(?:selected|chosen|picked|drawn)(?: as [^\\n]{0,20}?)? (?:to (?:receive|win|claim|participate|take part|get)|as (?:a |the |our )?(?:lucky )?winner|for (?:a|an|our|the) (?:free |exclusive |special )?(?:prize|reward|gift|voucher|survey|bonus|giveaway|promotion))',
    '(?:claim|collect|redeem|receive) (?:your|a|the) (?:free |exclusive |special |loyalty )?(?:prize|reward|gift|voucher|bonus|award|coupon|winnings)',
    '(?:loyalty|customer|anniversary|exclusive) (?:reward|prize|program(?:me)?|gift)',
    // "Thanks, here's a little gift for you: <link>" (the 2022 "your bill is paid" wave).
    '(?:here(?:[’\']s| is) )?(?:a |our |your )?(?:little |small |tiny |special |surprise |free |loyalty |little loyalty )(?:gift|reward|bonus|present) for (?:you|u)\\b',
    '(?:won|win) (?:a |an |the )?(?:free |brand new )?(?:prize|iphone|gift card|voucher|cash|reward|[$£€]\\s?\\d)',
    ] },
    { lang: 'mul', phrases: [
    // The currency sign takes its amount along: the lexicon's end boundary forbids a digit after a match.
    '(?:short |quick |brief )?(?:survey|servey|questionnaire|umfrage|encuesta|enquête|sondage|pesquisa)[^\\n]{0,60}?(?:rewards?|gifts?|prizes?|vouchers?|[$£€]\\s?\\d{1,6}|gutschein|belohnung|gewinnspiel|premio|recompensa|récompense|prêmio|beloning|cadeau)',
    ] },
    { lang: 'en', phrases: [
    '[$£€]\\s?\\d{1,4}[^\\n]{0,40}?(?:quick |short |brief |\\d-\\d minute |\\d{1,2}[- ]?(?:sec|second|minute|min)\\w* )(?:\\p{L}{2,15} )?(?:survey|servey|questionnaire)',
    // "This is a gift to express our gratitude for your payment record", "Monthly GiveAway by Home
    // Depot", "they're handing out money to their customers": the store-gift waves of 2022–23.
    '(?:a |this |our )?(?:gift|present|reward) to (?:express|show) (?:our|my) (?:gratitude|appreciation|thanks)',
    '(?:monthly|weekly|daily|holiday|christmas|birthday|anniversary|biggest|big|huge|special) give-?away',
    '(?:is|are|were|they[’\']re) (?:giving away|handing out|giving out) (?:free |some |their )?(?:money|cash|gifts?|prizes?|iphones?|[$£€]\\s?\\d{1,6}|\\d{1,6} ?[$£€])',
    // "They hardly ever give away 60$", "Costco will handsomely give 75$" (store-gift waves).
    '(?:will|to|ever|they|going to) (?:give|hand) (?:away|out) (?:[$£€]\\s?\\d{1,4}|\\d{1,4} ?[$£€])',
    '(?:handsomely|generously|gladly|happily) (?:give|hand out|reward) (?:you )?(?:[$£€]\\s?\\d{1,4}|\\d{1,4} ?[$£€])',
    'cash payouts?',
    '(?:complete|take|fill out|answer) (?:a|our|this|the) (?:short |quick |brief )?survey',
    ] },
    { lang: 'de', phrases: [
    'gutschein (?:gewinnen|erhalten|sichern|einlösen)',
    '(?:sie haben|du hast) (?:gewonnen|einen? [^\\n]{0,30}? gewonnen)',
    '(?:sie wurden|du wurdest) (?:ausgewählt|ausgelost)',
    'wurde ihre [^\\n]{0,30}?(?:ausgewählt|ausgelost)',
    'jetzt (?:gewinnen|mitmachen und gewinnen)',
    '(?:gewinne|gewinnen sie) (?:jetzt |heute )?(?:einen?|ein|bis zu)',
    ] },
    { lang: 'nl', phrases: [
    '(?:win|winnen) (?:vandaag |nu )?(?:nog )?een',
    ] },
    { lang: 'de', phrases: [
    'belohnung (?:abholen|erhalten|einlösen|sichern)',
    ] },
    { lang: 'es', phrases: [
    '(?:has|ha|usted ha|tú has) ganado',
    '(?:ha sido|has sido) (?:seleccionad[oa]|elegid[oa])',
    '(?:reclam[ae]|obt[eé]n|recib[ae]) (?:su|tu) (?:premio|recompensa|regalo|cupón)',
    ] },
    { lang: 'fr', phrases: [
    'vous avez (?:gagné|été (?:sélectionné|choisi))',
    '(?:réclamez|recevez) votre (?:prix|cadeau|récompense)',
    ] },
    { lang: 'pt', phrases: [
    '(?:você|vc) (?:ganhou|foi (?:selecionad[oa]|escolhid[oa]))',
    '(?:resgate|receba) (?:seu|sua) (?:prêmio|presente|recompensa)',
    ] },
    { lang: 'nl', phrases: [
    '(?:je hebt|u heeft) (?:gewonnen|een [^\\n]{0,30}? gewonnen)',
    '(?:je bent|u bent) (?:geselecteerd|gekozen|uitgekozen)',
    ] },
  ],
  stems: 'rede conv loya cred debi abho awar bent bonu cade cash give givi hand pres serv chos clai coup draw einl encu enqu erha esco gagn gana ganh gewi gewo gift pesq pick prix priz prog ques rewa réco sele seu sich sido sond su sua surv tu umfr unre vouc win winn won wurd été',
};

/** Softer prize words: they only count together with a strong claim or a voucher. */
export const PRIZE_SOFT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'congratulations',
    'congrats',
    'free (?:gift|prize|iphone|reward)',
    'exclusive offer',
    'to be won',
    'winners?',
    'prizes?',
    'sweepstakes?',
    'giveaway',
    'lottery',
    'jackpot',
    ] },
    { lang: 'de', phrases: [
    'gewinner',
    'gewinnspiel',
    'verlosung',
    '(?:treue)?prämie',
    ] },
    { lang: 'es', phrases: [
    'ganador(?:es)?',
    'sorteo',
    'premios?',
    ] },
    { lang: 'fr', phrases: [
    'gagnant',
    'tirage au sort',
    "bon d[’']achat",
    ] },
    { lang: 'pt', phrases: [
    'prêmio',
    'sorteio',
    ] },
    { lang: 'nl', phrases: [
    'winnaar',
    ] },
    { lang: 'de', phrases: [
    'glückwunsch',
    'herzlichen glückwunsch',
    'gratulation',
    ] },
    { lang: 'es', phrases: [
    'felicidades',
    'enhorabuena',
    ] },
    { lang: 'fr', phrases: [
    'félicitations',
    ] },
    { lang: 'pt', phrases: [
    'parabéns',
    ] },
    { lang: 'nl', phrases: [
    'gefeliciteerd',
    ] },
    { lang: 'de', phrases: [
    'wir gratulieren',
    ] },
    { lang: 'en', phrases: [
    "you won(?![’'])",
    ] },
  ],
  stems: 'acha cong enho excl feli féli gagn gana gefe gewi gift give glüc grat ipho jack lott para prem priz präm prêm rewa sort swee treu verl winn won',
};

// ---------------------------------------------------------------------------------------------
// IVR and callback scripts

/** Unsolicited "you qualify for a discount / lower rate" offers (robocall bait). */
export const QUALIFY_OFFER: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:qualified|qualify|qualifies|eligible|pre-?approved|selected) (?:for|to receive) (?:a |an |the )?(?:\\d{1,3} ?% (?:off|discount)|discount|rate reduction|lower (?:rate|interest|payments?)|0 ?% interest|zero percent|complimentary)',
    '\\d{1,3} ?% (?:off|discount)',
    '(?:rate|interest) reduction',
    '(?:0|zero) ?(?:%|percent) interest',
    ] },
  ],
  stems: 'disc elig inte off pre prea qual redu sele',
};

/** "Press 1",
 "press one to speak to a representative", "drücken Sie die 1". */
export const PRESS_KEY: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:please |kindly |simply )?press (?:\\d|one|two|three|zero|nine|the (?:number )?\\d)(?: key)?',
    ] },
    { lang: 'de', phrases: [
    'dr[üu]cken sie (?:die )?(?:taste )?(?:\\d|eins|zwei)',
    ] },
    { lang: 'es', phrases: [
    '(?:pulse|presione|marque) (?:la tecla )?(?:el )?(?:\\d|uno|dos)',
    ] },
    { lang: 'fr', phrases: [
    'appuyez sur (?:la touche )?(?:\\d|un|deux)',
    ] },
    { lang: 'pt', phrases: [
    '(?:pressione|tecle|digite) (?:a tecla )?(?:\\d|um|dois)',
    ] },
    { lang: 'nl', phrases: [
    'druk (?:op )?(?:\\d|een|twee)',
    ] },
  ],
  stems: 'appu digi druc druk drüc marq pres puls tecl',
};

/** "Call us back at", "call this number", "call our department", "contact us at". */
export const CALL_BACK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:please |kindly |immediately )?(?:call|ring|phone|dial|contact|reach) (?:us|me|our|this number|the number|back|now|immediately|the (?:toll[- ]free|helpline|support) number|(?:our|the) (?:support|billing|fraud|security|cancell?ation|refund|customer) (?:team|department|line|desk|center|centre))',
    '(?:give|get) (?:us|me) a call',
    // "call 1-888-…", "call support at 855-…": the number follows the verb directly.
    '(?:please |kindly |immediately )?(?:call|ring|dial|contact|text)(?: us)?(?: (?:now|immediately|right away|today|asap))?(?: (?:at|on))?:?(?= ?[+(]?\\d)',
    '(?:call|ring|contact|reach) (?:our |the )?(?:support|customer (?:care|service|support)|fraud (?:team|department|line)|security (?:team|department)|help ?desk|helpline)',
    '(?:call|phone) (?:us )?(?:back )?(?:at|on)',
    '(?:the )?number to (?:reach|call|contact) (?:us|me)',
    '(?:toll[- ]free|helpline|support|customer (?:care|service)|billing)(?: phone)? (?:number|line|hotline)',
    ] },
    { lang: 'de', phrases: [
    'rufen sie (?:uns|unter|die nummer|sofort|umgehend)',
    ] },
    { lang: 'es', phrases: [
    '(?:llame|llámenos|comuníquese) (?:al|a|con)',
    ] },
    { lang: 'fr', phrases: [
    '(?:appelez|contactez)(?:-nous)? (?:le|au)',
    ] },
    { lang: 'pt', phrases: [
    '(?:ligue|ligue-nos|entre em contato) (?:para|no)',
    ] },
    { lang: 'nl', phrases: [
    '(?:bel|neem contact op)(?: ons)? (?:op|met)',
    ] },
  ],
  stems: 'au back bel bill call canc comu cust entr frau hotl imme le ligu line llam llám me neem now numb our phon refu rufe secu supp us ring dial cont text reac kind plea',
};

// ---------------------------------------------------------------------------------------------
// Secrecy and isolation

/** Strong: keep the bank, police, family or the brand out of it. */
export const SECRECY: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    "(?:do not|don[’']t|never|not to) (?:tell|inform|call|contact|notify|speak to|talk to|alert|involve|mention (?:this |it )?to) (?:your (?:bank|family|wife|husband|kids|children|friends|relatives|son|daughter)|the (?:bank|police|bank staff|teller|cashier|store)|anyone|anybody|any(?:one|body) else|bank (?:staff|employees|officials))",
    "(?:do not|don[’']t) (?:discuss|share) (?:this|the) (?:call|conversation|matter|case|investigation)",
    '(?:keep|treat) (?:this|(?:the|our) (?:call|conversation|matter|case|investigation|transaction|information|payment|order)) (?:strictly )?(?:confidential|secret|private|between us)',
    'keep (?:it|this) between us',
    "(?:bank (?:staff|employees|officials|tellers|managers)|employees at (?:your|the) bank|someone at (?:your|the) bank) (?:may be|might be|are|is|could be) (?:involved|in on it|part of)",
    '(?:if|when) (?:the (?:bank|teller|cashier)|they|anyone) asks?,? (?:you )?(?:just )?(?:tell|say)',
    "(?:do not|don[’']t) (?:hang up|disconnect|end (?:this|the) call)",
    'stay on the (?:line|phone|call)',
    "(?:do not|don[’']t) (?:leave|put down) (?:the )?phone",
    ] },
    { lang: 'de', phrases: [
    '(?:sagen|erzählen) sie (?:niemandem|es niemandem|ihrer bank nichts)',
    '(?:legen sie nicht auf|bleiben sie (?:am apparat|in der leitung|dran))',
    '(?:streng )?vertraulich (?:behandeln|bleiben)',
    ] },
    { lang: 'es', phrases: [
    'no (?:se lo )?(?:diga|cuente|comente) (?:a nadie|a su banco|a su familia|al banco)',
    'no cuelgue',
    'manténgase en (?:la )?línea',
    ] },
    { lang: 'fr', phrases: [
    "n[’']en parlez à personne",
    'ne raccrochez pas',
    '(?:restez|rester) en ligne',
    ] },
    { lang: 'pt', phrases: [
    'não (?:conte|fale) (?:para|a|com) ninguém',
    'não desligue',
    ] },
    { lang: 'nl', phrases: [
    '(?:vertel|zeg) (?:het )?(?:niemand|tegen niemand)',
    '(?:hang|leg) niet op',
    ] },
  ],
  stems: 'anyb anyo ask asks banc bank beha blei cash chil cuel daug desl disc end fami frie hang husb keep kids leav lege lign líne nadi niem niet ning parl poli put racc rela shar son stay stor tell trea wife',
};

// ---------------------------------------------------------------------------------------------
// Fake support desks

/** Departments that a caller or sender claims to be. */
export const SUPPORT_DESK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:security|fraud(?: prevention| protection| investigation)?|technical support|tech support|cancell?ation|refund|billing|account (?:security|services|protection|verification)|customer (?:support|service|care|protection)|support|helpdesk|help desk|verification|dispute|disconnection|trust (?:and|&) safety)(?: (?:department|team|center|centre|desk|division|unit|advisor|specialist|agent|representative|executive))',
    '(?:microsoft|apple|amazon|windows|paypal)[- ]certified (?:technician|engineer|expert|partner|support)',
    '(?:windows|microsoft|apple|amazon|paypal|icloud|geek squad|norton|mcafee) (?:technical support|tech support|support (?:team|advisor|agent|center|centre)|security (?:team|department|center|centre)|fraud (?:department|team)|help ?desk)',
    ] },
    { lang: 'de', phrases: [
    'sicherheits(?:abteilung|team)',
    '(?:betrugs(?:abteilung|prävention)|kundendienst|technischer support|kundenservice)',
    ] },
    { lang: 'es', phrases: [
    'departamento de (?:seguridad|fraude|soporte|facturación|cancelaciones|reembolsos)',
    '(?:soporte técnico|servicio (?:al|de atención al) cliente)',
    ] },
    { lang: 'fr', phrases: [
    '(?:service|département) (?:de sécurité|des fraudes|client|technique)',
    'support technique',
    ] },
    { lang: 'pt', phrases: [
    'departamento de (?:segurança|fraude|suporte|cobrança)',
    'suporte técnico',
    ] },
    { lang: 'nl', phrases: [
    '(?:beveiligingsafdeling|fraudeafdeling|klantenservice|technische ondersteuning)',
    ] },
  ],
  stems: 'advi agen amaz appl betr beve cent clie depa desk divi exec frau iclo klan kund mcaf micr nort payp repr sich spec squa sécu team tech técn unit wind',
};

/** First-person framing: the sender says it IS the desk ("this is", "calling from", "we are"). */
export const FIRST_PERSON: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'this is',
    'this call is from',
    '(?:i am|i[’\']m|we are|we[’\']re) (?:calling |contacting you |writing )?(?:from|with|on behalf of)',
    '(?:calling|contacted|contacting you) (?:you )?(?:from|by|on behalf of)',
    'you have been contacted (?:from|by)',
    'on behalf of',
    ] },
    { lang: 'de', phrases: [
    'hier ist',
    '(?:wir sind|ich bin|ich rufe) (?:vom|von der|aus der|im auftrag)',
    ] },
    { lang: 'es', phrases: [
    '(?:le|te) (?:llamamos|llamo|escribimos) (?:de|desde)',
    '(?:somos|soy) (?:del|de la)',
    ] },
    { lang: 'fr', phrases: [
    '(?:nous sommes|je suis|ici) (?:le|la|du|de la)',
    ] },
    { lang: 'pt', phrases: [
    '(?:somos|sou) (?:do|da)',
    ] },
    { lang: 'nl', phrases: [
    '(?:wij zijn|ik bel|u wordt gebeld) (?:van|namens)',
    ] },
  ],
  stems: 'beha bel call cont escr from gebe hier ich ici llam sind somm somo sou soy suis this wij with',
};
