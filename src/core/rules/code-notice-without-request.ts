import { ACTION_REQUEST, NOT_A_REQUEST } from '../facts/genuine.js';
import type { Evidence } from '../types.js';
import { defineRule, textEvidence } from './define-rule.js';

// Genuine evidence. Banks, shops and apps send one-time codes by text and mail every day, and a
// checker that flags them is useless: the scam is never the code itself but the follow-up that asks
// for it ("reply with the code", "read it to our agent"). A notice that gives a code, says not to
// share it, and asks for nothing — no link off the brand's own site, no number to call, no reply —
// is what the genuine ones look like. It lowers the score; it proves nothing about who sent it.

// "OTP", "one-time password", "verification code", "G-123456 is your Google code", "TAN", and the
// same in the languages the lexicons cover.
const CODE_WORD =
  /\b(?:otp|one[- ]time (?:password|pin|passcode|code)|(?:verification|security|login|sign-in|confirmation|authentication|access|activation|2fa|pass) ?code|passcode|code|pin|m?tan|bestätigungscode|sicherheitscode|c[oó]digo|codice|mot de passe à usage unique)\b/giu;
// A code: 4–8 digits, optionally behind a short letter prefix ("G-123456", "JXS-177988").
const CODE_TOKEN = /\b(?:[A-Z]{1,4}-)?\d{4,8}\b/u;
const DONT_SHARE =
  /\b(?:do not|don['’]t|dont|never|pls do not|please do not|not to) (?:share|disclose|give|tell|forward|reveal|pass on)\b|\b(?:will|would) never (?:ask|call|contact)\b|\bnever (?:asks?|calls?) (?:you )?for\b|\bgeben sie (?:diesen|den|die|ihn|sie|diese) (?:code |tan )?(?:niemals|nie|nicht) weiter\b|\bnunca (?:compartas|comparta|compartilhe)\b|\bno (?:lo )?compart[ae]s?\b|\bne (?:le )?(?:partagez|communiquez) (?:jamais|pas)\b|\bnão (?:o )?compartilhe\b|\bnon condividere\b/iu;
const DONT_SHARE_ALL = new RegExp(DONT_SHARE.source, 'giu');
const WINDOW = 60;
const WEAK_WORD = /^(?:code|pin|m?tan|c[oó]digo|codice)$/iu;

export default defineRule({
  meta: {
    id: 'code-notice-without-request',
    title: 'A one-time-code notice that asks for nothing',
    description:
      'The message gives a one-time code, warns not to share it, and asks for nothing else: no link off the brand’s own website, no number to call, no reply. That is what genuine code notices look like. It lowers the score; it cannot show who sent the message.',
    category: 'genuine',
    channels: ['sms', 'email'],
    messages: {
      codeNoticeWarns: 'Gives a code ({{code}}), says not to share it, and asks for nothing: how genuine code notices read.',
      codeNotice: 'Gives a code ({{code}}) and asks for nothing: no link off the brand’s site, no number to call, no reply.',
    },
    falsePositives: [
      'A scammer who triggers a genuine code sends it through the real service; the scam is the call or text that follows and asks for the code — that message is judged on its own.',
    ],
    references: [
      // "Anyone who asks for your account verification code is a scammer."
      'https://consumer.ftc.gov/features/how-avoid-imposter-scams',
    ],
  },
  check(ctx) {
    const text = ctx.text.slice(0, 4000);
    if (ctx.facts.phones.unpublished.length) return [];
    const links = ctx.facts.linkVerdict;
    if (links.links.length && !links.allOfficial) return [];
    let word: { start: number; end: number } | null = null;
    let code: { start: number; end: number; text: string } | null = null;
    CODE_WORD.lastIndex = 0;
    for (let m = CODE_WORD.exec(text), n = 0; m && n < 20; m = CODE_WORD.exec(text), n++) {
      const from = Math.max(0, m.index - WINDOW);
      const around = text.slice(from, m.index + m[0].length + WINDOW);
      const t = CODE_TOKEN.exec(around);
      if (!t) continue;
      word = { start: m.index, end: m.index + m[0].length };
      code = { start: from + t.index, end: from + t.index + t[0].length, text: t[0] };
      break;
    }
    if (!word || !code) return [];
    // The warning itself ("geben Sie diesen Code niemals weiter") is not a request either.
    const rest = text.replace(DONT_SHARE_ALL, (s) => ' '.repeat(s.length)).replace(NOT_A_REQUEST, (s) => ' '.repeat(s.length));
    if (ACTION_REQUEST.test(rest)) return [];
    const warn = DONT_SHARE.exec(text);
    // Without the warning, "code" or "PIN" alone is too common ("use code SAVE20", "the PIN is on
    // the letter"): only a word that names a one-time code counts.
    if (!warn && WEAK_WORD.test(text.slice(word.start, word.end))) return [];
    const evidence: Evidence[] = [textEvidence(ctx.text, word.start, word.end)];
    if (warn) evidence.push(textEvidence(ctx.text, warn.index, warn.index + warn[0].length));
    // The code itself is never quoted: a report may be shared, and the code may still be live.
    const shown = `${code.text.length} characters`;
    return [
      warn
        ? { messageId: 'codeNoticeWarns' as const, evidence, data: { code: shown }, effect: 'lower' as const }
        : { messageId: 'codeNotice' as const, evidence, data: { code: shown }, strength: 0.6, effect: 'lower' as const },
    ];
  },
});
