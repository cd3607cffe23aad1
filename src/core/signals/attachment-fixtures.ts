import { zipSync } from 'fflate';

// Test helpers for the attachment signals and rules: a multipart email with one base64 attachment.
// Browser-safe (btoa), though only tests use it.

export function withAttachment(filename: string, mime: string, content: Uint8Array, opts: { from?: string; subject?: string; body?: string } = {}): { input: string; channel: 'email' } {
  let bin = '';
  for (const b of content) bin += String.fromCharCode(b);
  const b64 = btoa(bin).replace(/.{76}/g, '$&\r\n');
  const lines = [
    `From: ${opts.from ?? 'Sender <sender@example.org>'}`,
    'To: you@example.org',
    `Subject: ${opts.subject ?? 'Documents'}`,
    'Date: Mon, 2 Jun 2025 10:00:00 +0000',
    'Message-ID: <att@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="XXB"',
    '',
    '--XXB',
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body ?? 'Please see the attached file.',
    '--XXB',
    `Content-Type: ${mime}; name="${filename}"`,
    `Content-Disposition: attachment; filename="${filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    b64,
    '--XXB--',
    '',
  ];
  return { input: lines.join('\r\n'), channel: 'email' };
}

export function zipOf(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) entries[k] = new TextEncoder().encode(v);
  return zipSync(entries);
}

export const bytes = (s: string) => new TextEncoder().encode(s);
