import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError, ZodType } from 'zod';
import type { ParseInput } from '../core/index.js';
import { issuesOf, type ErrorBody } from './schemas.js';

// What every route file shares: the app's context variables, the error reply and the body readers.
// Each route file builds its own Hono on these and createApp() (app.ts) mounts it with app.route(),
// so no route file imports app.ts back.

type Fields = Record<string, string | number | boolean | null>;
export type AppEnv = { Variables: { reqId: string; logFields: Fields } };

/** Uploads sent as their own media type: screenshots and Outlook .msg files. */
export const FILE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/vnd.ms-outlook']);

/**
 * Reader for uploaded files that are not plain messages: screenshots (OCR) and Outlook .msg
 * (src/node/inputs). Node-only, so injected; without it bytes are analysed as they are.
 */
export type FileReader = (bytes: Uint8Array, given: { name: string | null; from: string | null; channel?: string }) => Promise<ParseInput>;

export function errorJson(c: Context, status: ContentfulStatusCode, code: string, message: string, issues?: ErrorBody['error']['issues']) {
  const body: ErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}

/**
 * Read a JSON body and validate it with the route's schema: the data, or the 400 to send back.
 * `onInvalid` lets a route choose its error code (analyze reports an unknown channel as such).
 */
export async function readJsonBody<T>(
  c: Context,
  schema: ZodType<T>,
  onInvalid: (err: ZodError) => Response = (err) => errorJson(c, 400, 'invalid_request', 'The request is not valid.', issuesOf(err)),
): Promise<T | Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return errorJson(c, 400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : onInvalid(parsed.error);
}

/** Read a multipart body: the `file` part and the string fields, or the 400 to send back. */
export async function readMultipart(c: Context): Promise<{ file: unknown; fields: Record<string, string> } | Response> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody();
  } catch {
    return errorJson(c, 400, 'invalid_multipart', 'The multipart body could not be read.');
  }
  const fields = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== 'file' && typeof v === 'string')) as Record<string, string>;
  return { file: form.file, fields };
}
