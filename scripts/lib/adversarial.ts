// The adversarial corpus: inputs an attacker would write to make the engine slow, make it skip
// the part of a message that matters, or make it grow without bound. Each builder makes an input of
// about `bytes` bytes, so the benchmark (scripts/bench-adversarial.ts) can report time per MB and
// the tests (scripts/adversarial.test.ts) can run the same shapes at a smaller size.

export interface AdversarialCase {
  name: string;
  channel?: 'email' | 'sms' | 'call';
  build(bytes: number): string;
}

const LURE = 'Your Amazon account is locked. Verify now at http://amaz0n-secure-login.example.ru/verify or it will be closed in 24 hours.';

const fill = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const mail = (headers: string, body: string, type = 'text/plain'): string =>
  `${headers}Subject: notice\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\n\r\n${body}`;
const FROM = 'From: "Amazon" <alerts@amaz0n-mail.example.ru>\r\nTo: you@example.com\r\n';

export const ADVERSARIAL: readonly AdversarialCase[] = [
  // The trailing-punctuation trim after a link (a run of ")" "." "," that ends in a letter).
  { name: 'link then closing parens, html', build: (n) => mail(FROM, `<a href="http://a.example.ru/">www.amazon.com${fill(')', n - 200)}x</a>`, 'text/html') },
  { name: 'link then dots and commas, html', build: (n) => mail(FROM, `<a href="http://a.example.ru/">www.amazon.com${fill('.,', n - 200)}x</a>`, 'text/html') },
  { name: 'link then closing parens, sms', channel: 'sms', build: (n) => `Amazon: http://a.example.ru/x${fill(')', n - 40)}x` },
  { name: 'link then dots, sms', channel: 'sms', build: (n) => `Amazon: www.amaz0n.example.ru${fill('.', n - 40)}x` },
  { name: 'many links with punctuation runs', channel: 'sms', build: (n) => fill(`http://a${'.'.repeat(3)}b.example.ru/${')'.repeat(40)}x `, n) },
  // Trees and lists that grow with the input.
  { name: 'deep div nesting', build: (n) => mail(FROM, `${fill('<div>', n / 2)}Amazon ${LURE}${fill('</div>', n / 2)}`, 'text/html') },
  { name: 'deep unclosed mixed nesting', build: (n) => mail(FROM, `${fill('<b><i><span><font>', n)}${LURE}`, 'text/html') },
  { name: 'deep nesting then stray closers', build: (n) => mail(FROM, `${fill('<div>', n / 2)}${LURE}${fill('</span>', n / 2)}`, 'text/html') },
  { name: 'many anchors', build: (n) => mail(FROM, fill('<a href="http://x.example.ru/p">amazon.com</a> ', n), 'text/html') },
  { name: 'many unterminated comments and tags', build: (n) => mail(FROM, fill('<!-- <a href="', n), 'text/html') },
  { name: 'many attributes', build: (n) => mail(FROM, `<div ${fill('a=b ', n)}>${LURE}</div>`, 'text/html') },
  { name: 'hidden spans inside words', build: (n) => mail(FROM, fill('Ver<span style="display:none">x</span>ify ', n), 'text/html') },
  { name: 'huge From display name', build: (n) => `From: "${fill('Amazon Security ', n - 200)}" <a@amaz0n.example.ru>\r\nSubject: hi\r\n\r\n${LURE}` },
  { name: 'huge unquoted From', build: (n) => `From: ${fill('Amazon, ', n - 200)} <a@amaz0n.example.ru>\r\nSubject: hi\r\n\r\n${LURE}` },
  { name: 'first header over 64 KB', build: (n) => `From: "Amazon${' '.repeat(Math.min(n, 100_000))}" <a@amaz0n.example.ru>\r\nSubject: hi\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\n${LURE}${fill(' ', n - 100_200)}` },
  { name: 'many headers', build: (n) => mail(`${fill('X-Pad: aaaaaaaaaaaaaaaa\r\n', n)}${FROM}`, LURE) },
  { name: 'many Received lines', build: (n) => mail(`${fill('Received: from evil.example (evil.example [203.0.113.9]) by mx.example.com\r\n', n)}${FROM}`, LURE) },
  { name: 'many DKIM signatures', build: (n) => mail(`${fill('DKIM-Signature: v=1; a=rsa-sha256; d=amazon.com; s=s1; h=from; bh=AAAA; b=AAAA\r\n', n)}${FROM}`, LURE) },
  { name: 'many Authentication-Results', build: (n) => mail(`${fill('Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com\r\n', n)}${FROM}`, LURE) },
  { name: 'many MIME parts', build: (n) => `${FROM}Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n${fill('--b\r\nContent-Type: text/plain\r\n\r\nAmazon\r\n', n)}--b--\r\n` },
  { name: 'deep MIME nesting', build: (n) => `${FROM}Subject: x\r\n${fill('Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n', n)}\r\n${LURE}` },
  { name: 'many attachments', build: (n) => `${FROM}Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n${fill('--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="invoice.pdf.exe"\r\n\r\nAAAA\r\n', n)}--b--\r\n` },
  { name: 'long base64 line', build: (n) => `${FROM}Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${fill('QW1hem9u', n)}` },
  { name: 'long quoted-printable soft breaks', build: (n) => `${FROM}Subject: x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${fill('=\r\n<a=3D', n)}` },
  { name: 'padding then lure, plain', build: (n) => mail(FROM, `Hello.\r\n${fill('                                                                               \r\n', n)}${LURE}`) },
  { name: 'padding then lure, html', build: (n) => mail(FROM, `<p>Hello.</p>${fill('<p>&nbsp;</p>', n)}<p>${LURE}</p>`, 'text/html') },
  // Text channels.
  { name: 'many urls', channel: 'sms', build: (n) => fill('http://a.example.ru/x ', n) },
  { name: 'many phone numbers', channel: 'sms', build: (n) => fill('Call +1 (888) 555-0173 now. ', n) },
  { name: 'digits and separators', channel: 'sms', build: (n) => fill('1-2.3 (4) ', n) },
  { name: 'many emails', channel: 'sms', build: (n) => fill('a@b.example ', n) },
  { name: 'at signs and dots', channel: 'sms', build: (n) => fill('@.', n) },
  { name: 'long dotted host', channel: 'sms', build: (n) => `http://${fill('a.', n - 20)}com` },
  { name: 'long word', channel: 'sms', build: (n) => fill('a', n) },
  { name: 'combining marks', channel: 'sms', build: (n) => `Amazon ${fill('a\u0301\u0302\u0303', n / 2)}` },
  { name: 'zero-width and bidi', channel: 'sms', build: (n) => fill('A\u200bm\u200da\u202ez\u202co\u2066n ', n / 2) },
  { name: 'mixed scripts', channel: 'sms', build: (n) => fill('Аmazоn Paypаl аpple ', n / 2) },
  { name: 'astral characters', channel: 'sms', build: (n) => fill('𝐀𝐦𝐚𝐳𝐨𝐧🎁', n / 4) },
  { name: 'money and codes', channel: 'sms', build: (n) => fill('$1,249.00 code 123456 ', n) },
  { name: 'lexicon words', channel: 'sms', build: (n) => fill('urgent verify account suspended gift card wire transfer ', n) },
  { name: 'speaker tags', channel: 'call', build: (n) => fill('Agent: press one now\nCaller: ok\n', n) },
  { name: 'one long transcript line', channel: 'call', build: (n) => `Agent: ${fill('remote access anydesk ', n)}` },
  // Added with the fuzz suite (scripts/lib/fuzz.ts): shapes aimed at the memos, the paste and
  // forward detection, decoders and line handling.
  { name: 'many distinct long links', channel: 'sms', build: (n) => distinct(n, (i) => `https://h${i}.example-${i % 97}.top/${'p'.repeat(200)}?id=${i} `) },
  { name: 'links with user info', channel: 'sms', build: (n) => distinct(n, (i) => `https://amazon.com@x${i}.example.ru/login `) },
  { name: 'many forwarded-message markers', build: (n) => mail(FROM, fill('---------- Forwarded message ---------\r\nFrom: Amazon <a@amazon.com>\r\nSubject: x\r\n\r\n', n)) },
  { name: 'pasted header lines', channel: 'sms', build: (n) => fill('From: Amazon <a@amazon.com>\nSent: Monday\nSubject: locked\n', n) },
  { name: 'huge encoded-word subject', build: (n) => `${FROM}Subject: ${fill('=?utf-8?B?QW1hem9uIGFjY291bnQ=?= ', n - 300)}\r\n\r\n${LURE}` },
  { name: 'long folded header', build: (n) => `${FROM}Subject: x${fill('\r\n a', n - 300)}\r\n\r\n${LURE}` },
  { name: 'nested message/rfc822', build: (n) => `${fill(`${FROM}Subject: Fwd\r\nContent-Type: message/rfc822\r\n\r\n`, n - 300)}${LURE}` },
  { name: 'html entity flood', build: (n) => mail(FROM, fill('&#x202e;&amp;&nbsp;&#0;&bogus;', n), 'text/html') },
  { name: 'base64 html body', build: (n) => `${FROM}Subject: x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${btoa(fill(`<a href="http://amaz0n.example.ru/">Amazon</a> `, (n * 3) / 4)).replace(/.{76}/g, '$&\r\n')}` },
  { name: 'CR-only line endings', build: (n) => `${FROM.replace(/\r\n/g, '\r')}Subject: x\r\r${fill(`${LURE}\r`, n)}` },
  { name: 'phone-like digits and letters', channel: 'sms', build: (n) => fill('1-800-AMAZON 0x1F 555.0173 ext 12 +44(0) ', n) },
];

/** Units that differ from each other (fresh hosts), joined to about `bytes`. */
function distinct(bytes: number, unit: (i: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const u = unit(i);
    out.push(u);
    len += u.length;
  }
  return out.join('');
}
