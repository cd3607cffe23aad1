import { parse, UsageError } from '../args.js';
import type { Io } from '../io.js';

export const FEEDBACK_USAGE = `Usage: impostor feedback CASE_ID scam|not_scam|wrong_brand [--brand BRAND] [--by NAME]
                         [--server URL]

Corrects the verdict of a stored case on a running server ("impostor serve"): scam, not_scam (it
was genuine) or wrong_brand (a scam of another brand: give --brand). The server records who said it
and which API token was used; IMPOSTOR_API_TOKEN is sent as the token when set.

  --server URL  the server (default http://127.0.0.1:8787)
  --by NAME     who says so (a name or team)
`;

const LABELS = ['scam', 'not_scam', 'wrong_brand'];

export async function feedbackCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    brand: { type: 'string' },
    by: { type: 'string' },
    server: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(FEEDBACK_USAGE);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`feedback needs a CASE_ID and a label\n\n${FEEDBACK_USAGE}`);
  const [id, label] = positionals as [string, string];
  if (!LABELS.includes(label)) throw new UsageError(`the label must be scam, not_scam or wrong_brand, not "${label.slice(0, 20)}"`);
  if (label === 'wrong_brand' && !values.brand) throw new UsageError('wrong_brand needs --brand BRAND (the brand it really impersonated)');
  let base: URL;
  try {
    base = new URL(values.server ?? 'http://127.0.0.1:8787/');
  } catch {
    throw new UsageError(`--server must be a URL such as http://127.0.0.1:8787, not "${(values.server ?? '').slice(0, 40)}"`);
  }
  const url = new URL(`api/cases/${encodeURIComponent(id)}/feedback`, base.href.endsWith('/') ? base : `${base.href}/`);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (io.env.IMPOSTOR_API_TOKEN) headers.authorization = `Bearer ${io.env.IMPOSTOR_API_TOKEN}`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ label, ...(values.brand ? { brand: values.brand } : {}), ...(values.by ? { by: values.by } : {}) }), signal: AbortSignal.timeout(15_000) });
  } catch (err) {
    io.stderr(`impostor feedback: cannot reach ${base.origin}: ${(err as Error).message}\n`);
    return 2;
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) {
    io.stderr(`impostor feedback: ${res.status}: ${body?.error?.message ?? res.statusText}\n`);
    return res.status === 404 || res.status === 400 ? 2 : 1;
  }
  io.stdout(`Recorded: case ${id} is ${label === 'wrong_brand' ? `a scam of ${values.brand}` : label === 'scam' ? 'a scam' : 'not a scam'}.\n`);
  return 0;
}
