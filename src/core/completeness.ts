// Which warnings mean the report did not look at everything. Every cap that skips or truncates
// (text, HTML, MIME parts, attachments, links, phone numbers, headers, nesting) says so in a
// warning whose code (the part before the first ":") is listed here, and the report is then
// `complete: false`. A message whose tail was not read at all (text cut, HTML not rendered, parts
// or attachments beyond the cap) gets the not-fully-checked finding and at least "suspicious":
// padding a message past a cap must never hide the lure.

/** Warning codes after which the report is incomplete. */
export const INCOMPLETE_WARNINGS: ReadonlySet<string> = new Set([
  'mime_parse_failed',
  'text_truncated',
  'html_too_large',
  'html_too_deep',
  'mime_parts_truncated',
  'attachments_truncated',
  'rfc822_depth_exceeded',
  'headers_truncated',
  'header_truncated',
  'links_truncated',
  'links_not_all_checked',
  'urls_truncated',
  'phones_truncated',
  'entities_truncated',
  'turns_truncated',
  'rule_failed',
  // The online sender check stopped at its DNS look-up cap (src/node/auth.ts).
  'dns_lookups_capped',
]);

/** Warning codes that mean part of the message's content was never read. */
export const TAIL_NOT_READ_WARNINGS: ReadonlySet<string> = new Set(['text_truncated', 'html_too_large', 'mime_parts_truncated', 'attachments_truncated']);

export function warningCode(w: string): string {
  const colon = w.indexOf(':');
  return colon < 0 ? w : w.slice(0, colon);
}

export function isIncomplete(warnings: readonly string[]): boolean {
  return warnings.some((w) => INCOMPLETE_WARNINGS.has(warningCode(w)));
}

export function tailNotRead(warnings: readonly string[]): string[] {
  return warnings.filter((w) => TAIL_NOT_READ_WARNINGS.has(warningCode(w)));
}
