import type { Span } from '../types.js';
import { defineRule } from './define-rule.js';
import { firstAskNear, isWarning, lexicon, matches, spanEvidence, gatedLexicon } from '../signals/request-lexicon.js';

// "Install our security app to protect your account", "download the attached form to verify your
// identity", "install this APK to receive your refund": software from a message is how banking
// trojans and profile-based takeovers arrive. Brands deliver apps through the official app stores
// and never ask you to open attachments to fix an account. Named remote-access tools are
// remote-access-request's job; this rule covers everything else.

// Things that get installed: an APK or profile is suspicious on its own; a generic app needs a reason.
const RISKY_OBJECT = lexicon([
  'apk',
  '\\.apk',
  'apk file',
  '(?:configuration|config|mdm|device management|vpn) profile',
  'profil(?:e)? de configuration',
  'konfigurationsprofil',
  'perfil de configuraci[óo]n',
  '(?:browser |chrome |firefox |edge )?(?:extension|add-on|plug-?in)',
  'erweiterung',
  'extensi[óo]n',
  'security (?:app|tool|software|program|update|certificate|plug-?in)',
  '(?:root|security) certificate',
  'sicherheits-?(?:app|software|update|programm|zertifikat)',
  '(?:aplicaci[óo]n|app|programa|herramienta) de seguridad',
  'application de s[ée]curit[ée]',
  'aplicativo de seguran[çc]a',
  'beveiligingsapp',
]);

export const GENERIC_OBJECT = gatedLexicon([
  '(?:the |this |our |that |an? |following |attached |new )?(?:app|application|software|program|tool|file|attachment|document|form|update|patch|installer|setup)',
  '(?:die |diese |unsere |den |das |angeh[äa]ngte )?(?:app|anwendung|software|programm|datei|anhang|dokument|formular|update)',
  '(?:la |esta |nuestra |el |este |archivo |documento )?(?:aplicaci[óo]n|app|programa|archivo|adjunto|documento|formulario|actualizaci[óo]n)',
  "(?:l[’']|cette |notre |le )?(?:application|logiciel|fichier|pi[èe]ce jointe|document|formulaire)",
  '(?:o |este |nosso )?(?:aplicativo|programa|arquivo|anexo|documento)',
  '(?:de |deze |onze )?(?:app|software|bestand|bijlage|document)',
], 'app aplica software program tool file attach document dokument form update patch install setup anwendung datei anhang archivo adjunto actualiz logiciel fichier jointe arquivo anexo bestand bijlage');

// Why the install is wanted. The strong reasons are account stories; "fix" and "secure" alone are
// everyday words on IT mailing lists ("install the patch to fix the bug").
const STRONG_REASON = lexicon([
  'verify',
  'verification',
  'unlock',
  'restore (?:access|your account)',
  'reactivate',
  '(?:receive|get|process|claim) (?:your |the )?(?:refund|payment|money|reward|prize|package|parcel)',
  'remove (?:the )?(?:virus|viruses|malware|hackers?|threats?|infection)',
  'so (?:that )?(?:i|we) can (?:help|fix|access|check|see|process|refund)',
  'keep your account',
  'avoid (?:suspension|account closure|losing)',
  'verifizieren',
  'entsperren',
  'r[üu]ckerstattung',
  'verificar',
  'desbloquear',
  'reembolso',
  'v[ée]rifier',
  'd[ée]bloquer',
  'remboursement',
  'reembolso',
  'verifi[eë]ren',
  'terugbetaling',
]);
const INSTALL_ONLY = /^(?:download|install|run|execute|set up|herunterladen|laden Sie|installieren|ausf[üu]hren|descargue|descargar|descarga|instale|instalar|instala|ejecute|t[ée]l[ée]charge|installez|baixe|baixar|installeer|downloaden)/iu;
const OPEN = /^(?:open|[öo]ffnen|abra|abrir|ouvrez)/iu;
const FILE = /file|attach|document|form|datei|anhang|dokument|formular|archivo|adjunto|formulario|fichier|pi[èe]ce|arquivo|anexo|bestand|bijlage/iu;
const WEAK_REASON = lexicon(['fix', 'secure', 'protect', 'repair', 'clean', 'sch[üu]tzen', 'sichern', 'reparieren', 'proteger', 'reparar', 'prot[ée]ger', 'beschermen']);

export default defineRule({
  meta: {
    id: 'install-software-request',
    title: 'Asks you to install software or open a file to fix or verify something',
    description:
      'The message asks the person to install an app, an APK, a browser extension, a settings profile or a "security tool". Or it asks them to open an attached file. It says this is needed to verify, unlock, secure or refund something. Brands ship apps through the official stores and never ask you to install software from a message.',
    category: 'request',
    channels: ['email', 'sms', 'call'],
    statement: 'install-software',
    messages: {
      installSoftware: 'Asks you to {{verb}} {{what}} from a message. Install apps only from the official app store, and never to "verify" or "fix" an account.',
      openAttachment: 'Asks you to open an attached or downloaded file to {{reason}}.',
    },
    falsePositives: [
      'IT mailing lists and vendor advisories telling readers to install a patch or update (weak reasons like "fix" only count when a brand is claimed or on a call).',
      'Your employer asking you to install a VPN profile or company app.',
    ],
    references: [
      'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
      'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
    ],
  },
  check(ctx) {
    const text = ctx.facts.text.request;
    const installs = ctx.facts.requests.install;
    if (installs.length === 0) return [];
    // Named remote tools belong to remote-access-request: don't count the same ask twice.
    const tools = ctx.byType('remote_tool').filter((t) => t.span).map((t) => t.span as Span);
    // "get a gift certificate" and "downloaded mp3s" are not instructions to install anything.
    const asks = installs.filter((a) => !/^(?:get|downloaded|installed|visit|go to)$/iu.test(a.text) && !tools.some((t) => Math.abs(t.start - a.end) < 30));
    if (asks.length === 0) return [];
    const brand = ctx.facts.strongClaim;
    const direct = ctx.message.channel !== 'email';
    // APKs, profiles, extensions, "security apps": the object carries the risk.
    const risky = matches(text, RISKY_OBJECT, 10);
    const r = firstAskNear(text, asks, risky, 30);
    if (r) {
      // APKs and configuration profiles are risky from anyone; extensions and "security apps" are
      // everyday software talk on mailing lists unless a brand is claimed or it came by text or call.
      const inherent = /apk|profil/iu.test(r.target.text);
      if (inherent || brand || direct) {
        return [
          {
            messageId: 'installSoftware' as const,
            evidence: spanEvidence(text, r.ask, r.target),
            data: { verb: r.ask.text.toLowerCase(), what: text.slice(r.target.start, r.target.end).toLowerCase() },
            strength: brand || direct ? 1 : 0.6,
          },
        ];
      }
    }
    // A generic app/file plus a reason in the same sentence: strong reasons anywhere, weak ones
    // only when a brand is claimed or the message came by text or call.
    const generic = matches(text, GENERIC_OBJECT, 20);
    // "Open the app" is what brands tell you to do; only installing an app, or opening a file, counts.
    const genericAsks = asks.filter((a) => INSTALL_ONLY.test(a.text) || OPEN.test(a.text));
    const g = firstAskNear(text, genericAsks, generic, 15);
    if (!g) return [];
    const isFile = FILE.test(g.target.text);
    if (!isFile && !INSTALL_ONLY.test(g.ask.text)) return [];
    const sentEnd = text.slice(g.target.end, g.target.end + 160).search(/[.!?\n]/);
    const after = { start: g.target.end, end: g.target.end + (sentEnd < 0 ? 160 : sentEnd) };
    const window = text.slice(after.start, after.end);
    const strong = matches(window, STRONG_REASON, 1)[0];
    const weak = strong ? undefined : matches(window, WEAK_REASON, 1)[0];
    const reason = strong ?? (weak && (brand || direct) ? weak : undefined);
    if (!reason) return [];
    const reasonSpan = { start: after.start + reason.start, end: after.start + reason.end };
    if (isWarning(text, reasonSpan)) return [];
    const strength = strong ? (brand || direct ? 1 : 0.7) : 0.6;
    if (isFile) {
      return [
        {
          messageId: 'openAttachment' as const,
          evidence: spanEvidence(text, g.ask, g.target, reasonSpan),
          data: { reason: reason.text.toLowerCase(), what: g.target.text.toLowerCase() },
          strength,
        },
      ];
    }
    return [
      {
        messageId: 'installSoftware' as const,
        evidence: spanEvidence(text, g.ask, g.target, reasonSpan),
        data: { verb: g.ask.text.toLowerCase(), what: g.target.text.toLowerCase() },
        strength,
      },
    ];
  },
});
