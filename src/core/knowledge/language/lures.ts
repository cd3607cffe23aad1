import type { PhraseList } from '../lexicon.js';

// Phrases of today's text-message lure families, one lexicon per tactic: "wrong number" and romance
// openers, task and job scams, unpaid tolls, "Hi Mum, this is my new number", crypto wallet alerts,
// tax refunds and too-good offers. No trigger stems: every one gets a word-start scan plan on its
// first scan (scan-plan.ts), which the lexicon test checks. The phrases are the generic scripts that
// regulators quote (FTC task-scam and unpaid-toll alerts, FBI IC3 PSA on toll smishing, ACMA and
// Action Fraud on "Hi Mum", NASAA and Massachusetts on wrong-number texts, IRS and HMRC on refund
// texts, Coinbase and MetaMask support pages), in English first and German, Spanish, French,
// Portuguese and Italian where the wording is unambiguous. Format and engine: ../lexicon.ts;
// compiled by signals/lure-lexicon.ts.

/** A word that could be a first name: the rule checks capitalisation and a stop list. */
const NAME = '\\p{L}{2,15}';

// ---------------------------------------------------------------------------------------------
// Wrong-number and romance openers

/**
 * "Is this Vince?", "Are you Annie?", "Is this Vince's number?": the sender pretends to have texted
 * somebody else. Group 1 is the name the rule checks (capitalised, not an ordinary word).
 */
export const MISTAKEN_NAME: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `is (?:this|that|it) ${NAME}(?:[’']s (?:number|phone|cell|mobile))?(?:,? please)? ?\\?`,
    `(?:are|r) (?:you|u) (?:mr\\.? |mrs\\.? |ms\\.? |miss )?${NAME}(?:,? please)? ?\\?`,
    ] },
    { lang: 'mul', phrases: [
    `(?:bist du|sind sie|eres tú|es usted|c[’']est toi|é você|sei tu) ${NAME} ?\\?`,
    ] },
  ],
};

/** "Sorry, wrong number", "I dialed the wrong number", "are you the one who played golf with me?" */
export const MISTAKEN_CONTACT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    "(?:i(?:[’']m| am) )?(?:so |really )?sorry,? (?:i (?:think i )?|i must have |i may have )?(?:have |got |dialed |dialled |texted |messaged |sent (?:this |it )?to )?(?:the |a )?wrong (?:number|person)",
    "i (?:think i |must have |may have |might have )?(?:dialed|dialled|texted|messaged|typed|entered|saved|got|have|had) (?:the |a )?wrong (?:number|person|contact)",
    '(?:are|r) (?:you|u) (?:the (?:one|person|guy|lady|man|woman) )?who (?:played|met|went|had|was|were|sat|talked|chatted)(?: [^\\n?]{1,40}?)? (?:last (?:time|week|month|year|night|weekend)|the other day|together)',
    '(?:we|i) met (?:at|in|on) [^\\n?]{1,30}? (?:last (?:time|week|month|year|weekend)|the other day)',
    ] },
    { lang: 'de', phrases: [
    '(?:falsche nummer|verwählt)',
    ] },
    { lang: 'es', phrases: [
    'n[úu]mero equivocado',
    ] },
    { lang: 'fr', phrases: [
    'mauvais num[ée]ro',
    ] },
    { lang: 'pt', phrases: [
    'n[úu]mero errado',
    ] },
    { lang: 'it', phrases: [
    'numero sbagliato',
    ] },
  ],
};

/** "Long time no see", "it's been a long time": a long-lost-friend opener. Weak on its own. */
export const RECONNECT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'long time no (?:see|talk|chat|hear|speak)',
    "it[’']?s been (?:a (?:long|while)|ages|so long)(?: since)?",
    'how have you been',
    'do you (?:still )?remember me',
    ] },
    { lang: 'de', phrases: [
    'lange nicht gesehen',
    ] },
    { lang: 'es', phrases: [
    'cu[áa]nto tiempo sin verte',
    ] },
    { lang: 'fr', phrases: [
    'ça fait longtemps',
    ] },
    { lang: 'pt', phrases: [
    'quanto tempo',
    ] },
    { lang: 'it', phrases: [
    'quanto tempo(?: che)? non ci sentiamo',
    ] },
  ],
};

/** Terms of endearment from a stranger ("Hey babe", "Hi honey"); they only count with a link. */
export const ENDEARMENT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:hi|hey|hello|hiya|heya)[, ]{1,2}(?:babe|baby|honey|hun|sweetie|sweetheart|darling|handsome|sexy|cutie)',
    '(?:hi|hey|hello)[, ]{1,2}(?:there[, ]{1,2})?(?:stranger|gorgeous)',
    '(?:babe|baby|honey|hun|sweetie|darling),? (?:here are|here[’\']s|heres|these are) (?:the |my |those )?(?:pics|photos|pictures|selfies)',
    ] },
  ],
};

/** "I'm Lisa", "this is Mary", "Karla here", "my name is Amy": a stranger introducing herself. */
export const SELF_INTRO: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `(?:i[’']m|i am|this is|it[’']s|my name is|my name[’']s) ${NAME}`,
    ] },
    { lang: 'mul', phrases: [
    `(?:ich bin|hier ist|me llamo|soy|je suis|c[’']est|eu sou|sono) ${NAME}`,
    ] },
    { lang: 'en', phrases: [
    `(?:hi|hey|hello|hiya)[,.!]? ${NAME} here`,
    ] },
  ],
};

/** "How are you doing Alisa?": a question to a named person, a mistaken identity when a stranger introduces herself. */
export const ADDRESS_NAME: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `(?:how are you|how r u|how are u|how is it going|what are you doing)(?: doing| today| recently)?,? ${NAME} ?\\?`,
    ] },
  ],
};

/** "Text me", "message me on WhatsApp", "add me", "let's chat": moving the chat somewhere else. */
export const CONTACT_ME: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:text|txt|msg|message|email|e-mail|contact|call|dm|hit|add|reach|answer|reply to) (?:me|us)(?: back| up)?',
    "let[’']?s (?:chat|talk|meet|be friends|make friends)",
    'let me know',
    '(?:check|look at|see|view) (?:out )?my (?:profile|pics|photos|pictures|gallery|page)',
    '(?:make|making|be) (?:new )?friends',
    'nice to (?:meet|know) you',
    '(?:on|via|over|add me on) (?:whats ?app|telegram|signal|wechat|line|kik|snapchat)',
    ] },
  ],
};

/**
 * Dating and adult bait from a stranger (FTC on romance scams and fake "sugar daddy" offers): "you
 * got an intimate invite from Sarah", "check out my latest snaps", "wanna see?", "are you still
 * single?", "my friend is single and wants to marry", "be my text buddy and get $300 a week". The
 * rule counts it only with a link or a request to reply.
 */
export const DATING_BAIT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:an? )?(?:intimate|private|naughty|secret|flirty) (?:invite|invitation|message|photos?|pics|videos?|chat)',
    '(?:check out|see|look at|view) my (?:latest |new |hot |private )?(?:snaps|pics|photos|pictures|selfies|videos|nudes)',
    '(?:wanna|want to|do you want to) see (?:my|me|it|more)(?: favou?rite| pics| photos| body)?',
    '(?:are|r) (?:you|u) (?:still )?single',
    '(?:my|a) (?:good |best |female )?friend (?:is single|wants? to (?:marry|get married|meet a man|meet a guy|find a (?:man|husband|partner)))',
    'want(?:s)? to marry a man',
    '(?:be|being) my (?:text|texting|chat) (?:buddy|partner|friend)',
    'sugar (?:daddy|mommy|mama|baby)',
    '(?:weekly|monthly|first) allowance',
    '(?:we |you )?live (?:really |so |very )?close(?: to each other)?[^\\n]{0,40}?meet(?: up)?',
    // Adult-content spam: "Karen has opened her x-photos for you", "my best videos on my personal
    // site", "wanna see?", "check me out", "lonely housewives near you" (the "awkward text" wave the
    // Florida Attorney General warned of in 2022; the links lead to paid adult or "dating" sites).
    '(?:x|xxx|hot|sexy|nude|naked|spicy|private)[- ]?(?:photos?|pics|pictures|videos?|vids|selfies)',
    '(?:my|new) (?:best |new |hot |private |latest )?(?:videos?|photos?|pics) (?:on|in|at) my (?:personal |private |own )?(?:site|page|website|profile)',
    '(?:wanna|want to) see ?\\?',
    'check me out',
    'spicy night',
    '(?:lonely|horny|naughty) (?:wives|wife|girls?|housewi(?:fe|ves)|singles|women|moms)',
    '(?:meet|date) (?:local|hot|lonely|sexy) (?:singles|women|girls|moms|wives)',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Task and job scams

/** The "work": rating, liking, reviewing, boosting or optimising products, apps, hotels, videos. */
export const TASK_WORK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:rate|rating|like|liking|review|reviewing|boost|boosting|optimi[sz]e|optimi[sz]ing|promote|promoting|click|clicking|submit|submitting) (?:the |our |some |merchant |online )?(?:products?|apps?|applications?|hotels?|hotel bookings?|videos?|items?|merchants?|movies?|songs?|restaurants?|bookings?|orders?|data)',
    '(?:product|app|application|data|merchant|store|hotel|movie|video) (?:boosting|optimi[sz]ation|ratings?|reviews? tasks?|promotion)',
    '(?:simple|easy|online|daily|short) (?:tasks?|assignments?)',
    '(?:complete|finish|do) (?:\\d{1,3} |a set of |daily |simple |easy |online )(?:tasks|orders|sets|assignments)',
    '(?:pay|paid|earn|make) (?:you )?(?:money )?(?:to|for|by) (?:rate|rating|like|liking|review|reviewing|watch|watching)',
    ] },
    { lang: 'de', phrases: [
    'produkte bewerten',
    ] },
    { lang: 'es', phrases: [
    'calificar (?:productos|aplicaciones|hoteles)',
    ] },
    { lang: 'fr', phrases: [
    '(?:évaluer|noter) des (?:produits|applications|hôtels)',
    ] },
    { lang: 'pt', phrases: [
    'avaliar (?:produtos|aplicativos|hotéis)',
    ] },
    { lang: 'it', phrases: [
    'valutare (?:prodotti|app|hotel)',
    ] },
  ],
};

/** The job pitch: part-time, work from home, flexible hours, "we are hiring", application accepted. */
export const JOB_PITCH: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'part[- ]?time (?:jobs?|work|position|opportunit(?:y|ies)|role|income|employees?|staff)',
    '(?:work|job|jobs|working|earn)(?: part[- ]?time)? (?:from|at) home',
    // "It won't disturb your current job", "will not affect your main work": the side-job script.
    '(?:won[’\']?t|will not|doesn[’\']?t|does not) (?:disturb|affect|interfere with) (?:your|ur) (?:current|main|present|daily|full[- ]?time) (?:job|work)',
    'remote (?:job|work|position|opportunity)',
    'flexible (?:hours|time|working hours|schedule|working time)',
    '(?:we are|we[’\']re|is|are) (?:now )?(?:hiring|recruiting|looking for (?:part[- ]time|new|online|remote))',
    'now hiring',
    'mystery (?:shoppers?|shopping)',
    '(?:job|employment|work) (?:offer|opportunit(?:y|ies)|vacanc(?:y|ies))',
    '(?:recruit(?:ment|ing)?|hiring|hr|human resources|talent|staffing) (?:team|department|manager|specialist|consultant|agency)',
    '(?:your )?(?:resume|cv|application|profile) (?:has been|was|have been) (?:accepted|approved|selected|shortlisted|reviewed)',
    ] },
    { lang: 'de', phrases: [
    '(?:nebenjob|heimarbeit|teilzeitjob|minijob)',
    '(?:von zu hause|von zuhause|im homeoffice) (?:aus )?(?:arbeiten|verdienen)',
    ] },
    { lang: 'es', phrases: [
    'trabajo (?:desde casa|a tiempo parcial|remoto|de medio tiempo)',
    ] },
    { lang: 'fr', phrases: [
    'travail (?:à domicile|à temps partiel|depuis chez vous|en ligne)',
    ] },
    { lang: 'pt', phrases: [
    'trabalho (?:em casa|de casa|remoto|de meio período|online)',
    ] },
    { lang: 'it', phrases: [
    'lavoro (?:da casa|part[- ]time|a domicilio|online)',
    ] },
  ],
};

/** A pay rate near a money amount: "$300-800 per day", "daily salary", "commission per task". */
export const PAY_RATE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:per|a|an|each|every|/) ?(?:day|hour|hr|week|task|order|set)',
    '(?:daily|weekly|hourly) (?:salary|pay|income|wage|earnings|commission|profit)',
    'commissions? (?:per|on each|for each|of) ',
    ] },
    { lang: 'de', phrases: [
    'pro (?:tag|stunde|woche)',
    ] },
    { lang: 'es', phrases: [
    '(?:al|por) (?:día|dia|hora|semana)',
    ] },
    { lang: 'fr', phrases: [
    'par (?:jour|heure|semaine)',
    ] },
    { lang: 'it', phrases: [
    'al (?:giorno|ora)',
    ] },
  ],
};

/** Paying to work: recharge, top up, deposit (often USDT) to unlock tasks or withdraw earnings. */
export const DEPOSIT_TO_WORK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:recharge|top[- ]?up|deposit|prepay|charge up) (?:your |the |an? )?(?:task |work |personal )?(?:account|balance|wallet|usdt|funds|amount)',
    '(?:recharge|deposit|top[- ]?up) (?:with |in |using |via )?(?:usdt|crypto|trc-?20|bitcoin)',
    '(?:unlock|upgrade|activate) (?:the |your )?(?:next )?(?:tasks?|level|vip|account|commission)',
    '(?:negative|insufficient) (?:balance|funds)',
    '(?:withdraw|cash out) (?:your )?(?:earnings|commission|profits?|salary)',
    ] },
  ],
};

/** "I'm Emma from the Amazon recruiting team": a recruiter who names a big brand. */
export const RECRUITER_INTRO: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    `(?:i[’']m|i am|this is|my name is) ${NAME}(?: ${NAME})?,? (?:from|with|at|of|representing) (?:the )?(?:${NAME} ){1,3}(?:recruit(?:ment|ing)?|hr|human resources|hiring|talent acquisition|talent|staffing|personnel)(?: (?:team|department|agency|office))?`,
    ] },
  ],
};

/** The external chat app: "contact us on WhatsApp", "Telegram:", wa.me / t.me links. */
export const CHAT_APP: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:on|via|through|by|at|add|contact|message|text|reach|chat with|join|using) (?:me |us |our (?:hr |team )?)?(?:on |via |at )?(?:whats ?app|telegram|signal|wechat|viber)',
    '(?:whats ?app|telegram)(?: me| us)?:? ?[+(]?\\d[\\d ()-]{5,18}\\d',
    '(?:whats ?app|telegram) (?:number|contact|id|account|group|details)',
    // "If interested send sms to James +1 (509) …": moves the chat to another number.
    '(?:send|text) (?:an? )?(?:sms|text|message) to \\p{L}{2,15}:? ?[+(]?\\d[\\d ()-]{5,18}\\d',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Unpaid tolls

/** A toll operator or toll word: E-ZPass, SunPass, FasTrak, "toll services", Maut, peaje. */
export const TOLL_SERVICE: PhraseList = {
  phrases: [
    { lang: 'any', phrases: [
    'e-? ?z ?-?pass',
    'sun ?pass',
    'fast? ?trak',
    'txtag',
    'i-?pass',
    'peach ?pass',
    'pike ?pass',
    ] },
    { lang: 'en', phrases: [
    'toll ?tag',
    ] },
    { lang: 'any', phrases: [
    'good to go',
    'dart charge',
    ] },
    { lang: 'en', phrases: [
    '(?:the )?toll ?way',
    '(?:road |highway |turnpike |state |online )?tolls? (?:services?|authority|road|agency|notice|bill|invoice|balance|amount|charges?|fees?|payment|violation|record|account|operator|management)',
    '(?:unpaid|outstanding|overdue|pending|due|missed|past[- ]due|unsettled) (?:road |highway )?tolls?',
    'tolls? (?:due|owed|unpaid|outstanding|overdue)',
    'turnpike',
    ] },
    { lang: 'de', phrases: [
    '(?:maut|mautgebühr|mautgebühren)',
    ] },
    { lang: 'es', phrases: [
    'peajes?',
    ] },
    { lang: 'fr', phrases: [
    'péages?',
    ] },
    { lang: 'pt', phrases: [
    'portage(?:m|ns)',
    ] },
    { lang: 'it', phrases: [
    'pedaggi?o?',
    ] },
  ],
};

/** "Unpaid balance", "outstanding amount", "amount due": the debt the toll text claims. */
export const UNPAID_BALANCE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:unpaid|outstanding|overdue|past[- ]due|unsettled|pending|remaining) (?:toll )?(?:balance|amount|bill|invoice|charges?|fees?|payments?|tolls?|debt)',
    '(?:balance|amount|payment) (?:is )?(?:due|owed|outstanding|overdue)',
    '(?:you )?(?:owe|have not paid|haven[’\']t paid|did not pay|didn[’\']t pay)',
    ] },
    { lang: 'de', phrases: [
    'offene(?:r|n)? (?:betrag|forderung|mautgebühr)',
    ] },
    { lang: 'es', phrases: [
    '(?:saldo|importe|monto) (?:pendiente|impagado|vencido)',
    ] },
    { lang: 'fr', phrases: [
    '(?:montant|solde) (?:impayé|dû|en souffrance)',
    ] },
    { lang: 'pt', phrases: [
    '(?:valor|saldo) (?:pendente|em aberto|em atraso)',
    ] },
    { lang: 'it', phrases: [
    '(?:importo|saldo) (?:non pagato|insoluto|da pagare)',
    ] },
  ],
};

/** The threatened penalty: a late fee, a fine, licence or registration suspension. */
export const TOLL_PENALTY: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'late (?:fees?|charges?|payment fees?|penalt(?:y|ies)|fines?)',
    '(?:avoid|prevent) (?:a |any |additional |further )?(?:late fees?|fines?|penalt(?:y|ies)|surcharges?|extra charges|additional charges|collections?)',
    '(?:driver[’\']?s )?(?:license|licence|registration|driving privileges?)(?: [^\\n]{0,20}?)? (?:suspension|will be suspended|may be suspended|revoked|suspended)',
    '(?:referred|sent|forwarded) to (?:a )?collections?',
    ] },
    { lang: 'de', phrases: [
    '(?:säumnis|mahn)gebühr',
    ] },
    { lang: 'es', phrases: [
    '(?:recargo|multa)',
    ] },
    { lang: 'fr', phrases: [
    "(?:majoration|amende)",
    ] },
    { lang: 'pt', phrases: [
    '(?:multa|juros)',
    ] },
    { lang: 'it', phrases: [
    '(?:sanzione|mora)',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// "Hi Mum, this is my new number"

/** "Hi Mum", "Hello Dad", "Hallo Mama", "Hola mamá", "Coucou maman", "Oi mãe", "Ciao mamma". */
export const FAMILY_GREETING: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:hi|hey|hello|hiya|heya|morning)[, ]{1,2}(?:mum|mom|mummy|mommy|mama|mam|ma|dad|daddy|papa|pa|mother|father)',
    '(?:mum|mom|mama|dad|papa)[,!]? (?:it[’\']?s me|its me|this is me)',
    ] },
    { lang: 'de', phrases: [
    '(?:hallo|hi|hey) (?:mama|papa|mami|papi)',
    ] },
    { lang: 'es', phrases: [
    '(?:hola|oye) (?:mamá|mama|papá|papa|mami|papi)',
    ] },
    { lang: 'fr', phrases: [
    '(?:coucou|salut|bonjour) (?:maman|papa)',
    ] },
    { lang: 'pt', phrases: [
    '(?:oi|olá|ola) (?:mãe|mae|pai|mamãe|papai)',
    ] },
    { lang: 'it', phrases: [
    '(?:ciao) (?:mamma|mamma|papà|papa)',
    ] },
  ],
};

/** "This is my new number", "I dropped my phone", "delete the old number": the phone-change story. */
export const PHONE_CHANGE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    "(?:this is|it[’']?s|here[’']?s|got|have|i[’']ve got|i have) (?:a |my )?new (?:phone )?(?:number|phone|mobile|cell|sim)",
    'my new (?:phone )?(?:number|mobile number|cell number)',
    '(?:dropped|broke|smashed|lost|cracked|damaged|wrecked|fried) my (?:phone|mobile|cell|iphone)',
    '(?:my )?(?:phone|mobile|cell|iphone) (?:is|got|has been|was) (?:broken|smashed|lost|stolen|damaged|dead|wet|water[- ]damaged|not working|in the (?:sink|toilet|water))',
    '(?:save|delete|remove) (?:this|the old|my old|the other) (?:number|one|contact)',
    "(?:texting|messaging|writing to) (?:you )?(?:from|on|off) (?:a |my )?(?:friend[’']?s|new|temporary|borrowed|mate[’']?s) (?:phone|mobile|number)",
    ] },
    { lang: 'de', phrases: [
    '(?:meine neue (?:handy)?nummer|neue handynummer|handy (?:ist )?kaputt|mein handy ist (?:kaputt|ins wasser gefallen))',
    ] },
    { lang: 'es', phrases: [
    '(?:mi (?:nuevo número|número nuevo)|se me (?:cayó|rompió) el (?:móvil|teléfono|celular))',
    ] },
    { lang: 'fr', phrases: [
    '(?:mon nouveau numéro|mon téléphone est cassé)',
    ] },
    { lang: 'pt', phrases: [
    '(?:meu (?:número novo|novo número)|meu celular (?:quebrou|caiu))',
    ] },
    { lang: 'it', phrases: [
    '(?:il mio nuovo numero|mi si è rotto il telefono)',
    ] },
  ],
};

/** Moving to WhatsApp: "message me on WhatsApp", "can you text me on this number". */
export const NEW_NUMBER_ASK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:message|text|msg|whats ?app|contact|add|reach|call) me (?:on|via|at) (?:whats ?app|this (?:new )?number|my new number|the new number|signal|telegram)',
    'can you (?:whats ?app|message|text|msg) me',
    ] },
    { lang: 'de', phrases: [
    '(?:schreib|schreibe) mir (?:auf|per|bei) whats ?app',
    ] },
    { lang: 'es', phrases: [
    'escr[íi]beme (?:por|al) whats ?app',
    ] },
    { lang: 'fr', phrases: [
    '(?:écris|ecris)-moi sur whats ?app',
    ] },
    { lang: 'pt', phrases: [
    'me (?:manda|chama) (?:mensagem )?no whats ?app',
    ] },
    { lang: 'it', phrases: [
    'scrivimi su whats ?app',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Crypto exchanges and wallets

/** Exchanges and wallets whose names the alerts borrow. */
export const WALLET_BRAND: PhraseList = {
  phrases: [
    { lang: 'any', phrases: [
    'coinbase',
    'binance',
    'meta ?mask',
    'trust ?wallet',
    'ledger (?:live|nano|wallet|support)',
    'exodus(?: wallet)?',
    'phantom wallet',
    'kraken',
    'crypto\\.com',
    'blockchain\\.com',
    'kucoin',
    'bybit',
    'okx',
    'uphold',
    'gemini (?:exchange|wallet|account)',
    ] },
    { lang: 'en', phrases: [
    '(?:crypto|bitcoin|btc|eth|usdt|defi|web3) (?:wallet|account)',
    ] },
  ],
};

/** The alert: a withdrawal request, a wallet that will be disabled, "sync/validate your wallet". */
export const WALLET_ALERT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:withdrawal|withdraw|transfer) (?:request|attempt|of \\d|has been (?:initiated|requested|submitted))',
    '(?:new |unusual |suspicious |pending )(?:withdrawal|transfer|login|sign-?in)',
    '(?:wallet|account|assets?|funds)(?: [^\\n]{0,20}?)? (?:will be|has been|have been|is|was|are) (?:temporarily |permanently |soon )?(?:disabled|suspended|locked|restricted|frozen|deactivated|compromised|at risk|flagged)',
    '(?:sync|synchroni[sz]e|validate|verify|re-?activate|reactivate|connect|restore|rectify|upgrade|whitelist|secure|migrate) (?:your )?(?:crypto |web3 )?wallets?',
    'wallet (?:sync|synchroni[sz]ation|validation|verification|upgrade|migration|connect)',
    '(?:kyc|wallet) (?:update|verification) (?:required|needed|pending)',
    ] },
  ],
};

/** The recovery phrase: seed phrase, secret recovery phrase, 12/24 words, private key. */
export const RECOVERY_PHRASE: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:secret )?(?:seed|recovery|backup|mnemonic|wallet|passphrase) (?:phrase|words|key)s?',
    'seed ?phrase',
    '(?:12|24|twelve|twenty[- ]four)[- ]words?(?: (?:phrase|seed|recovery phrase|backup))?',
    'private keys?',
    ] },
    { lang: 'de', phrases: [
    '(?:wiederherstellungs(?:phrase|satz)|seed-?phrase)',
    ] },
    { lang: 'es', phrases: [
    'frase (?:semilla|de recuperación|secreta)',
    ] },
    { lang: 'fr', phrases: [
    'phrase (?:secrète|de récupération)',
    ] },
    { lang: 'pt', phrases: [
    'frase (?:de recuperação|semente|secreta)',
    ] },
    { lang: 'it', phrases: [
    'frase (?:di recupero|segreta)',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Tax refunds

/** Tax agencies: IRS, HMRC, CRA, ATO, Finanzamt, Agencia Tributaria, DGFiP, Receita, Agenzia Entrate. */
export const TAX_AGENCY: PhraseList = {
  phrases: [
    { lang: 'any', phrases: [
    'irs',
    'i\\.r\\.s\\.?',
    ] },
    { lang: 'en', phrases: [
    'internal revenue service',
    ] },
    { lang: 'any', phrases: [
    'hmrc',
    ] },
    { lang: 'en', phrases: [
    'hm revenue(?: (?:&|and) customs)?',
    'canada revenue agency',
    ] },
    { lang: 'any', phrases: [
    'cra',
    ] },
    { lang: 'en', phrases: [
    'australian taxation office',
    ] },
    { lang: 'any', phrases: [
    'ato',
    'my ?gov',
    ] },
    { lang: 'de', phrases: [
    'finanzamt',
    'bundeszentralamt für steuern',
    ] },
    { lang: 'es', phrases: [
    'agencia tributaria',
    'hacienda',
    ] },
    { lang: 'any', phrases: [
    'impots\\.gouv',
    'dgfip',
    ] },
    { lang: 'pt', phrases: [
    'receita federal',
    ] },
    { lang: 'it', phrases: [
    'agenzia (?:delle )?entrate',
    ] },
  ],
};

/** The refund claim: "tax refund", "tax rebate", "you are eligible", "refund of £", "claim your refund". */
export const TAX_REFUND: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    // "IRS_TAX_REFUND_…pdf", "TAX_RE-FUND": file names join the words with underscores.
    'tax[ _](?:re-?fund|rebate|return refund|reimbursement|credit refund)s?',
    '(?:refund|rebate|reimbursement)s? (?:of|for|amount|payment|notification|application|request)',
    '(?:eligible|entitled|due|approved) (?:for|to) (?:a |an |your )?(?:tax )?(?:refund|rebate|reimbursement)',
    '(?:you are|you[’\']re) due (?:a|an) (?:[$£€]\\s?\\d[\\d,.]{0,9} )?(?:tax )?(?:refund|rebate)',
    '(?:claim|receive|collect|process|get) (?:your|the|a) (?:tax )?(?:refund|rebate)',
    ] },
    { lang: 'de', phrases: [
    '(?:steuer)?(?:rückerstattung|erstattung)',
    ] },
    { lang: 'es', phrases: [
    '(?:devolución|reembolso) (?:de impuestos|fiscal|de hacienda)',
    ] },
    { lang: 'fr', phrases: [
    'remboursement (?:d[’\']impôt|fiscal)',
    ] },
    { lang: 'pt', phrases: [
    '(?:restituição|reembolso) (?:de imposto|do imposto|do ir)',
    ] },
    { lang: 'it', phrases: [
    'rimborso (?:fiscale|irpef|delle tasse)',
    ] },
  ],
};

/** The ask that completes the refund lure: claim, submit, confirm details, fill out a form. */
export const CLAIM_ASK: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:claim|submit|confirm|verify|update|provide|complete|fill (?:in|out)|enter|follow)(?: (?:it|your|the|this|a|our|accurate|required))?(?: (?:personal|bank|banking|payment|card|account|tax))? (?:information|info|details|documents|form|refund|request|link|instructions)',
    '(?:claim|get|collect|receive) (?:it|your (?:refund|rebate|money|payment)) (?:now|here|at|via|today|online|by)',
    '(?:click|tap|visit|go to|follow) (?:the |this |our )?(?:link|url|website|page|here)',
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Too-good offers sent to strangers: miracle pills, cheap rent, easy money, fake endorsements

/** "Drop thirty pounds in less than thirty days", "shed 39 lbs", "keto pill", "fat burner". */
export const MIRACLE_HEALTH: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '(?:drop|lose|losing|shed|burn|melt|eliminate)\\w{0,3} (?:up to |over |more than |of )?(?:\\d{1,3}|ten|twenty|thirty|forty|fifty) ?-? ?(?:lbs?|pounds|kgs?|kilos)',
    // "Fit into the clothes in the back of your closet again", "the natural path to deeper sleep".
    'fit (?:back )?into (?:the|your|those|old) (?:old )?(?:clothes|jeans|dress)',
    '(?:natural|secret|simple|easy|weird) (?:path|way|trick|method|hack) to (?:deeper sleep|better sleep|lose weight|weight loss|a flat (?:belly|stomach)|burn fat)',
    '(?:keto|diet|weight[ -]?loss|fat[ -]?burn(?:ing|er)?|slimming|cbd) (?:pills?|gumm(?:y|ies)|capsules?|drops?|candy|candies|supplements?|formula)',
    '(?:excess|stubborn|belly) (?:weight|fat)',
    '(?:length and girth|rock h[a-z]{0,2}rd|male enhancement|erectile|libido booster)',
    'take (?:\\d|one|two) (?:pills? )?(?:right )?before (?:bed|sleep|sleeptime|bedtime)',
    '(?:remove|erase) (?:your )?wrinkles',
    ] },
  ],
};

/** "3 bed / 2 bath only $364 a month", "House just listed 513-Mo below", "530-month for a 3bed". */
export const CHEAP_RENT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    '\\d ?(?:bed(?:room|r00m)?s?|bd|br)\\b[^\\n]{0,40}?(?:\\$ ?)?\\d{3}(?: ?(?:/|-|a|per|each)){1,2} ?(?:month|mo)',
    '(?:\\$ ?)?\\d{3}(?: ?(?:/|-|a|per|each)){1,2} ?(?:month|mo)\\b[^\\n]{0,30}?\\d ?(?:bed(?:room|r00m)?s?|bd|br)',
    '(?:house|home|apartment)s? (?:just listed|available nearby|for rent near(?:by)? you)',
    ] },
  ],
};

/** "Get paid! Only takes 2 minutes", "earn 500 bucks every week", "plaster your car with our sticker". */
export const EASY_MONEY: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'get paid[!.]? (?:only |it only )?takes? (?:\\d{1,2}|a few|two) minutes?',
    '(?:earn|make|get) (?:\\$ ?)?\\d{2,4} (?:bucks|dollars|usd) (?:every|a|per|each) (?:day|week)',
    '(?:car|vehicle|truck)s?\\b[^\\n]{0,30}?\\b(?:wrap(?:ped)?|stickers?|decals?)\\b[^\\n]{0,60}?\\b(?:earn|paid|pay|compensat\\w*|\\$ ?\\d)',
    '(?:use|using) (?:one of )?your (?:photos?|pictures?|pics?|selfies?|images?)[^\\n]{0,80}?\\b(?:art(?:work)?|paint(?:ing)?|mural|drawing|portrait|project|museum)',
    '(?:art(?:work)?|paint(?:ing)?|mural|drawing|portrait) (?:project )?[^\\n]{0,60}?\\b(?:get(?:ting)? (?:paid|compensated)|be (?:paid|compensated))',
    ] },
  ],
};

/** Fake celebrity endorsements and giveaways (FTC: Oprah, Shark Tank, Dr Oz were never endorsers). */
export const CELEBRITY_BAIT: PhraseList = {
  phrases: [
    { lang: 'any', phrases: [
    "(?:oprah|opra h|shark[- ]?tank|dr\\.? ?oz|elon musk|kelly clarkson|dolly parton|tom hanks|britney spears|jennifer aniston|keanu reeves)(?:[’']s)?",
    ] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Shock bait: "look who died", "is this you in this video?" with a link

/**
 * Texts and messages that say someone you know died or was arrested, or that you are in a video or
 * photo, to get a click on a link (a fake login page or a malware download). ConsumerAffairs and
 * Scamicide (2023) describe the "look who died" and "is it you in the video" waves.
 */
export const SHOCK_BAIT: PhraseList = {
  phrases: [
    { lang: 'en', phrases: [
    'look (?:who|whom) (?:just )?(?:died|passed away|got arrested|got killed|was arrested|was killed)',
    '(?:is|was) (?:this|that|it) (?:really )?(?:you|u) in (?:this|the|that) (?:video|photo|pic|picture|clip)',
    '(?:you(?:[’\']re| are)|u r|ur|you[’\']?re) in (?:this|the|that) (?:video|photo|pic|picture|clip)',
    '(?:i|we) (?:just )?(?:found|saw) (?:a |this |your )?(?:video|photo|pics?|pictures?|clip) of (?:you|u)',
    ] },
  ],
};
