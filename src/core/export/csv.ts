import type { Indicator } from './indicators.js';

// RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
// get a leading apostrophe (OWASP CSV injection advice) — except plain "+digits" phone numbers,
// which a spreadsheet reads as a number, not a formula.

export interface CsvContext {
  brand: string | null;
  verdict: string;
  /** ISO timestamp of the export (injected clock). */
  reportedAt: string;
}

export const CSV_HEADER = ['type', 'value', 'role', 'brand', 'verdict', 'reported_at'] as const;

export function csvCell(v: string): string {
  let s = v;
  if (/^[=+\-@\t\r]/.test(s) && !/^\+\d{3,15}$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function indicatorsToCsv(indicators: readonly Indicator[], ctx: CsvContext): string {
  const rows = [CSV_HEADER.join(',')];
  for (const i of indicators) rows.push([i.type, i.value, i.role, ctx.brand ?? '', ctx.verdict, ctx.reportedAt].map(csvCell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
