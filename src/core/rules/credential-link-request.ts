import type { Span } from '../types.js';
import { defineRule } from './define-rule.js';
import { urlInfo } from '../extract/urls.js';
import { isOfficialWebDomain } from '../facts/claim.js';
import { isWarning, lexicon, matches, sentenceAround, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// "Click here to log in and verify your account": the link leads to a copy of the sign-in page.
// Brands tell people to open the app or type the address themselves; a sign-in or "verify your
// details" request that travels with a link is the phishing pattern. Links to the brand's own
// domains are left to the link rules (a genuine "sign in to amazon.com" notice must stay quiet).

// Asks that hand over credentials or payment data on the other side of the link.
export const VERIFY = gatedLexicon([
  '(?:confirm|verify|validate|update|re-?enter|reset|change) (?:your |the )?(?:password|passcode|login (?:details|information|credentials)|credentials)',
  '(?:verify|confirm|validate|authenticate|re-?validate|re-?confirm) (?:your |the |my |their )?(?:account|identity|apple id|amazon account|microsoft account|paypal account|details?|information|info|profile|email(?: address)?|mailbox|billing|wallets?)',
  '(?:update|confirm|verify) (?:your |the )?account (?:information|info|details|data)',
  '(?:update|confirm|verify|re-?enter|add) (?:your |the |a )?(?:payment|billing)(?: (?:information|info|details|method|data|address))?',
  '(?:update|confirm|verify|re-?enter|add) (?:your |the |a )?(?:card|credit card|bank) (?:information|info|details|method|data|address)',
  // Wallet seed phrases are the crypto password: "verify your recovery phrase".
  '(?:verify|confirm|validate|enter|sync|secure) (?:your |the |if your |whether your )?(?:recovery (?:phrase|setup|seed)|seed phrase|secret (?:recovery )?phrase)',
  'secure your account',
  // "Verify now at <link>": the bare imperative counts only because find() still needs a link nearby.
  '(?:verify|confirm|validate) (?:it |this )?(?:now|here|immediately|today|at once)',
  '(?:restore|regain|recover|unlock|reactivate|re-?activate|unsuspend|unfreeze) (?:full )?(?:access|your account|your (?:amazon|apple|microsoft|paypal) account|the account)',
  '(?:sign|log) ?in (?:below |here |now )?(?:to|and) (?:verify|confirm|restore|unlock|reactivate|update|secure|avoid|prevent|keep|validate|review (?:your|the) (?:account|activity))',
  // German
  '(?:best[äa]tigen|verifizieren|aktualisieren|validieren) Sie (?:jetzt )?(?:ihr(?:e|en)? )?(?:passwort|kennwort|konto|kundenkonto|identit[äa]t|daten|angaben|zahlungs(?:daten|informationen|methode)|kontodaten)',
  '(?:ihr(?:e|en)? )?(?:passwort|kennwort|konto|kundenkonto|identit[äa]t|daten|zahlungs(?:daten|informationen|methode)|kontodaten) (?:zu |jetzt )?(?:best[äa]tigen|verifizieren|aktualisieren|validieren|entsperren|wiederherstellen|freischalten)',
  '(?:passwort|kennwort) best[äa]tigen',
  // Spanish
  '(?:verifique|verifica|confirme|confirma|actualice|actualiza|valide|valida) (?:su |tu |sus |tus )?(?:contrase[ñn]a|cuenta|identidad|datos|informaci[óo]n(?: de pago)?|m[ée]todo de pago|tarjeta)',
  '(?:restablezca|restablecer|recupere|reactive|desbloquee|desbloquear) (?:el acceso|su cuenta|tu cuenta)',
  '(?:inicie|inicia) sesi[óo]n (?:para|y) (?:verificar|confirmar|actualizar|restablecer|desbloquear|evitar)',
  // French / Portuguese / Dutch
  '(?:v[ée]rifiez|confirmez|mettez [àa] jour|validez) (?:votre |vos )?(?:mot de passe|compte|identit[ée]|informations|donn[ée]es|moyen de paiement)',
  '(?:verifique|confirme|atualize) (?:sua |seu |seus |suas )?(?:senha|conta|identidade|dados|informa[çc][õo]es)',
  '(?:bevestig|verifieer|update|controleer) (?:uw |je )?(?:wachtwoord|account|identiteit|gegevens|betaalgegevens)',
], 'confirm verif rifi valid updat enter reset chang authent sync secur restor regain recover unlock activ unsusp unfreez add sign log best aktualis entsperr wiederherst freischalt actuali restable recuper desbloque inici mettez atualiz bevestig controleer');

// Plain sign-in wording: weaker, because genuine notices say "sign in to your account" too.
export const SIGNIN = gatedLexicon([
  '(?:sign|log) ?in(?:to)?(?: to)?(?: your)?(?: account)?',
  'login',
  'anmelden',
  'melden Sie sich (?:jetzt )?an',
  'einloggen',
  'loggen Sie sich (?:jetzt )?ein',
  'inicie sesi[óo]n',
  'inicia sesi[óo]n',
  'connectez-vous',
  'fa[çc]a login',
  'inicie a sess[ãa]o',
  'log (?:nu )?in',
  'inloggen',
], 'sign log meld sesi sess connectez');

// "log in to read more": newsletters and forums, a weak hit at most.
const READ_MORE = /(?:read|view|see|access|download|continue reading|reply|comment|post)\b/iu;

// The pointer to a link: "click here", "tap the button below", "hier klicken", "haga clic aquí".
const CTA = lexicon([
  '(?:click|tap|press|follow|use|visit|open|select)(?: on)? (?:here|below|the (?:link|button|secure link)|this (?:link|button)|the following(?: link)?|the (?:link|button) below)',
  '(?:link|button) below',
  'below link',
  'klicken Sie (?:hier|auf)',
  'tippen Sie (?:hier|auf)',
  'hier klicken',
  '(?:[üu]ber|unter) (?:den|diesem|folgendem|folgenden) link',
  'haga clic',
  'haz clic',
  'pulse (?:aqu[ií]|en)',
  'pincha (?:aqu[ií]|en)',
  'clic aqu[ií]',
  'siguiente enlace',
  'enlace (?:de abajo|a continuaci[óo]n|siguiente)',
  'cliquez (?:ici|sur)',
  'lien ci-dessous',
  'clique (?:aqui|no)',
  'link abaixo',
  'klik (?:hier|op)',
  'onderstaande link',
]);

// A word right after the ask pointing at a link: "update your payment information here".
const POINTER_AFTER = /^[^.!?\n]{0,30}?(?<![\p{L}])(?:here|below|at the link|via (?:the|this) link|using (?:the|this) link|hier|aqu[ií]|ici|aqui|hieronder)(?![\p{L}])/iu;

// Only bullets, "please", "now", "then" before the sign-in word: an instruction to the reader.
const IMPERATIVE_LEAD = /^[\s\-*•>:,]*(?:(?:please|now|then|and|simply|just|kindly|bitte|por favor|veuillez|por favor,)[\s,]+)*$/iu;

// Button and anchor texts that are an action: "Log in", "Verify now", "Update", "Confirm", "Jetzt bestätigen".
const ACTION_ANCHOR = /^\s*(?:click here|(?:sign|log) ?in|login|verify|confirm|update|unlock|restore|secure|review|validate|continue|bestätigen|anmelden|einloggen|verifizieren|aktualisieren|verificar|confirmar|actualizar|iniciar sesi[óo]n|v[ée]rifier|confirmer|mettre [àa] jour|atualizar|bevestigen|inloggen)(?![\p{L}])/iu;

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

export default defineRule({
  meta: {
    id: 'credential-link-request',
    title: 'Asks you to sign in or confirm details through a link',
    description:
      'The message asks the person to sign in, confirm a password, "verify" the account or update payment details. It wants this done through a link or button in the message. Brands ask you to open their app or type their address yourself; the link usually leads to a copied sign-in page.',
    category: 'request',
    channels: ['email', 'sms'],
    statement: 'password',
    messages: {
      verifyViaLink: 'Asks you to {{phrase}} through a link in the message. Open the app or type the address yourself instead.',
      signInViaLink: 'Asks you to sign in through a link in the message ({{phrase}}).',
    },
    falsePositives: [
      'Genuine password-reset or new-device mails you just triggered yourself (they link to the brand\'s own domain, which this rule skips).',
      'Newsletters and forums: "log in to read more" (weak hit).',
      'Workplace tools (shared documents, HR portals) whose notifications say "sign in to view".',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GX4LZMRE7D3K9TCU',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    // Without any link nothing below can match: most texts have none, so the wording scans wait.
    const urls = ctx.byType('url');
    if (urls.length === 0) return [];
    const verify = matches(text, VERIFY, 10);
    const signin = matches(text, SIGNIN, 10);
    if (verify.length === 0 && signin.length === 0) return [];
    // Links in the message that do not go to a known brand's own web domains.
    const links: Span[] = [];
    let anyOffLink = false;
    for (const u of urls) {
      const domain = String((u.data as { domain?: string } | undefined)?.domain ?? '');
      if (domain && ctx.brands.some((b) => isOfficialWebDomain(b, domain))) continue;
      anyOffLink = true;
      if (u.span && u.span.end <= text.length) links.push(u.span);
    }
    if (!anyOffLink) return [];
    const ctas = matches(text, CTA, 10);
    // Spans of addresses written out in the text (HTML anchors' spans are their visible label).
    const urlSpans = ctx.byType('url').filter((u) => u.span && !(u.data as { fromHtml?: boolean } | undefined)?.fromHtml).map((u) => u.span as Span);
    const find = (cands: typeof verify) => {
      for (const c of cands) {
        // "login" inside "example.com/login.asp" is part of an address, not an ask.
        if (urlSpans.some((u) => u.start <= c.start && c.end <= u.end)) continue;
        if (isWarning(text, c)) continue;
        const link = links.find((l) => gap(c, l) <= 160);
        if (link) return { c, ref: link };
        const cta = ctas.find((l) => gap(c, l) <= 80);
        if (cta) return { c, ref: cta as Span };
        const ptr = POINTER_AFTER.exec(text.slice(c.end, c.end + 40));
        if (ptr) return { c, ref: { start: c.end + ptr.index, end: c.end + ptr.index + ptr[0].length } };
      }
      return null;
    };
    const v = find(verify);
    if (v) {
      return [{ messageId: 'verifyViaLink' as const, evidence: spanEvidence(text, v.c, v.ref), data: { phrase: v.c.text.toLowerCase() } }];
    }
    // The ask in the subject or the opening line, and the button further down: "Verify your
    // identity" … [Log in]. An anchor whose own text is an action counts as the link.
    const ask = verify.find((c) => !urlSpans.some((u) => u.start <= c.start && c.end <= u.end) && !isWarning(text, c));
    if (ask) {
      const button = ctx.message.links.find((l) => {
        if (!l.span || l.span.end > text.length) return false;
        const info = urlInfo(l.href);
        if (info && ctx.brands.some((b) => isOfficialWebDomain(b, info.domain))) return false;
        return ACTION_ANCHOR.test(l.text);
      });
      if (button?.span) {
        return [{ messageId: 'verifyViaLink' as const, evidence: spanEvidence(text, ask, button.span), data: { phrase: ask.text.toLowerCase() }, strength: 0.8 }];
      }
    }
    // Plain sign-in wording is what genuine notices say too ("log in to your PayPal account to see
    // the details"): it counts only when the link IS the sign-in (a "Log in" button) or follows it
    // in the same sentence ("Log in here: http://…").
    let s: { c: (typeof signin)[number]; ref: Span } | null = null;
    for (const c of signin) {
      if (urlSpans.some((u) => u.start <= c.start && c.end <= u.end) || isWarning(text, c)) continue;
      const ref = links.find((l) => {
        // A "Log in" button (the label starts with the words), not an article title that contains them.
        if (l.start <= c.start && c.end <= l.end) return c.start - l.start <= 3;
        if (l.start < c.end || l.start - c.end > 60) return false;
        return !/[.!?\n]/.test(text.slice(c.end, l.start));
      });
      if (ref) {
        s = { c, ref };
        break;
      }
    }
    if (!s) return [];
    // "You can log in and change your preferences" (list footers) is permission, not an ask: plain
    // sign-in wording counts when it is an instruction ("Log in to…", "Please sign in") or when a
    // brand is claimed, and then only weakly.
    const brand = ctx.facts.strongClaim;
    const sentence = sentenceAround(text, s.c);
    const imperative = IMPERATIVE_LEAD.test(text.slice(sentence.start, s.c.start));
    if (!imperative && !brand) return [];
    const after = text.slice(s.c.end, s.c.end + 30);
    const strength = READ_MORE.test(after) ? 0.3 : brand ? 0.6 : 0.3;
    return [{ messageId: 'signInViaLink' as const, evidence: spanEvidence(text, s.c, s.ref), data: { phrase: s.c.text.toLowerCase() }, strength }];
  },
});
