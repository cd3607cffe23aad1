import { randomUUID } from 'node:crypto';
import { findSecrets, redactText, type Channel, type Report, type Verdict } from '../../core/index.js';
import { raisedRules } from '../scan-record.js';
import type { Db } from './db.js';

// Cases: one incident across channels (an email, then the call, then the remote-access request),
// each message with its report, plus the feedback people gave on it. Message text and reports are
// redacted before they are stored: codes, passwords and card numbers never reach the database.

export type FeedbackLabel = 'scam' | 'not_scam' | 'wrong_brand';

export interface CaseMessage {
  seq: number;
  channel: Channel;
  receivedAt: string;
  verdict: Verdict;
  score: number;
  brand: string | null;
  rules: string[];
  /** The message as it was sent in, secrets replaced by placeholders. */
  text: string;
  report: Report;
  /** Where a queued message came from (`impostor scan --queue`); null otherwise. */
  source: unknown;
}

export interface Feedback {
  label: FeedbackLabel;
  brand: string | null;
  by: string | null;
  /** Which API token gave it (its role and the first characters of its hash); null without tokens. */
  token: string | null;
  createdAt: string;
}

export interface CaseSummary {
  id: string;
  createdAt: string;
  updatedAt: string;
  verdict: Verdict;
  score: number;
  brand: string | null;
  channels: Channel[];
  messageCount: number;
  /** The newest feedback label, if any. */
  feedback: FeedbackLabel | null;
}

export interface Case extends Omit<CaseSummary, 'feedback' | 'messageCount'> {
  messages: CaseMessage[];
  feedback: Feedback[];
}

export interface CaseQuery {
  brand?: string;
  verdict?: Verdict;
  rule?: string;
  /** Cases updated on or after this time. */
  since?: Date;
  /** Only cases with feedback (for training and evaluation on the feedback set). */
  withFeedback?: boolean;
  limit?: number;
}

/** One message of the feedback set, for training and evaluation. */
export interface FeedbackExample {
  id: string;
  channel: Channel;
  /** The stored (redacted) message. */
  text: string;
  label: FeedbackLabel;
  scam: boolean;
  /** The brand it impersonated, as the feedback says (null for not_scam). */
  brand: string | null;
}

export class CaseNotFound extends Error {
  override name = 'CaseNotFound';
  constructor(readonly id: string) {
    super(`no case ${id}`);
  }
}

const RANK: Record<Verdict, number> = { no_red_flags: 0, suspicious: 1, likely_scam: 2 };
const TABLES = ['case_feedback', 'case_messages', 'cases'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// PostgreSQL text and jsonb cannot hold NUL; a hostile input with one must not make storage fail.
const noNul = (s: string) => (s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s);

/**
 * The message text and its report with every secret masked. Secrets are found in the whole text
 * once (with the codes the extractor recognised), then masked wherever they appear in the report:
 * a finding's evidence or the parsed body can quote them without the words around them.
 */
export function redactForStorage(text: string, report: Report): { text: string; report: Report } {
  const known = report.entities.filter((e) => e.type === 'otp' || e.type === 'claim_code').map((e) => e.value);
  const values = new Set(known);
  for (const src of [text, report.message.text]) for (const s of findSecrets(src, known)) values.add(src.slice(s.start, s.end));
  const all = [...values].filter((v) => v.length >= 4);
  const clean = (s: string) => noNul(redactText(s, all));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return clean(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { text: clean(text), report: walk(report) as Report };
}

interface MessageRow {
  case_id: string;
  seq: number;
  channel: Channel;
  received_at: Date | string;
  verdict: Verdict;
  score: number;
  brand: string | null;
  rules: string[];
  text: string;
  report: Report | string;
  source: unknown;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/** The fields of a case row that a full case and a list entry share. */
function caseFields(c: { id: string; created_at: Date; updated_at: Date; verdict: Verdict; score: number; brand: string | null }) {
  return { id: c.id, createdAt: iso(c.created_at), updatedAt: iso(c.updated_at), verdict: c.verdict, score: Number(c.score), brand: c.brand };
}
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export interface NewMessage {
  /** The message as sent in (raw email, text, transcript). */
  text: string;
  report: Report;
  /** A queue job's id: the same job stored twice (a worker died after storing) stays one message. */
  jobId?: string;
  source?: unknown;
}

export class CaseStore {
  constructor(
    readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new case holding one message; returns its id (an existing one for a job stored before). */
  async create(m: NewMessage): Promise<string> {
    return this.db.transaction(async (tx) => {
      if (m.jobId) {
        const seen = await tx.query<{ case_id: string }>('SELECT case_id FROM case_messages WHERE job_id = $1', [m.jobId]);
        if (seen[0]) return seen[0].case_id;
      }
      const id = randomUUID();
      const at = this.now();
      const r = m.report;
      await tx.query('INSERT INTO cases (id, created_at, updated_at, verdict, score, brand) VALUES ($1, $2, $2, $3, $4, $5)', [id, at, r.verdict, r.score, r.brand]);
      await this.insertMessage(tx, id, 1, m, at);
      return id;
    });
  }

  /** Adds a message (any channel) to a case and re-judges the case: its worst verdict and strongest brand. */
  async addMessage(id: string, m: NewMessage): Promise<void> {
    if (!UUID.test(id)) throw new CaseNotFound(id);
    await this.db.transaction(async (tx) => {
      const rows = await tx.query<{ verdict: Verdict; score: number; brand: string | null }>('SELECT verdict, score, brand FROM cases WHERE id = $1 FOR UPDATE', [id]);
      const c = rows[0];
      if (!c) throw new CaseNotFound(id);
      const next = await tx.query<{ n: number }>('SELECT coalesce(max(seq), 0) + 1 AS n FROM case_messages WHERE case_id = $1', [id]);
      const at = this.now();
      await this.insertMessage(tx, id, Number(next[0]!.n), m, at);
      const r = m.report;
      const worse = RANK[r.verdict] > RANK[c.verdict] || (RANK[r.verdict] === RANK[c.verdict] && r.score > Number(c.score));
      await tx.query('UPDATE cases SET updated_at = $2, verdict = $3, score = $4, brand = $5 WHERE id = $1', [
        id,
        at,
        worse ? r.verdict : c.verdict,
        worse ? r.score : c.score,
        (worse ? r.brand : null) ?? c.brand ?? r.brand,
      ]);
    });
  }

  private async insertMessage(tx: Pick<Db, 'query'>, id: string, seq: number, m: NewMessage, at: Date): Promise<void> {
    const clean = redactForStorage(m.text, m.report);
    const r = clean.report;
    await tx.query(
      'INSERT INTO case_messages (case_id, seq, job_id, channel, received_at, verdict, score, brand, rules, text, report, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)',
      [id, seq, m.jobId ?? null, r.channel, at, r.verdict, r.score, r.brand, raisedRules(r), clean.text, JSON.stringify(r), m.source === undefined ? null : JSON.stringify(m.source)],
    );
  }

  async addFeedback(id: string, f: { label: FeedbackLabel; brand?: string | null; by?: string | null; token?: string | null }): Promise<Feedback> {
    if (!UUID.test(id)) throw new CaseNotFound(id);
    const at = this.now();
    const rows = await this.db.query<{ id: string }>(
      'INSERT INTO case_feedback (case_id, label, brand, by, token, created_at) SELECT id, $2, $3, $4, $5, $6 FROM cases WHERE id = $1 RETURNING id',
      [id, f.label, f.brand ?? null, f.by ? noNul(f.by) : null, f.token ?? null, at],
    );
    if (!rows.length) throw new CaseNotFound(id);
    return { label: f.label, brand: f.brand ?? null, by: f.by ?? null, token: f.token ?? null, createdAt: at.toISOString() };
  }

  async get(id: string): Promise<Case | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.db.query<{ id: string; created_at: Date; updated_at: Date; verdict: Verdict; score: number; brand: string | null }>('SELECT * FROM cases WHERE id = $1', [id]);
    const c = rows[0];
    if (!c) return null;
    const msgs = await this.db.query<MessageRow>('SELECT * FROM case_messages WHERE case_id = $1 ORDER BY seq', [id]);
    const fb = await this.db.query<{ label: FeedbackLabel; brand: string | null; by: string | null; token: string | null; created_at: Date }>(
      'SELECT label, brand, by, token, created_at FROM case_feedback WHERE case_id = $1 ORDER BY id',
      [id],
    );
    const messages = msgs.map((m) => ({
      seq: Number(m.seq),
      channel: m.channel,
      receivedAt: iso(m.received_at),
      verdict: m.verdict,
      score: Number(m.score),
      brand: m.brand,
      rules: m.rules,
      text: m.text,
      report: json<Report>(m.report),
      source: m.source === null ? null : json(m.source),
    }));
    return {
      ...caseFields(c),
      channels: [...new Set(messages.map((m) => m.channel))],
      messages,
      feedback: fb.map((f) => ({ label: f.label, brand: f.brand, by: f.by, token: f.token, createdAt: iso(f.created_at) })),
    };
  }

  async list(q: CaseQuery = {}): Promise<CaseSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (q.brand) where.push(`c.brand = ${p(q.brand.toLowerCase())}`);
    if (q.verdict) where.push(`c.verdict = ${p(q.verdict)}`);
    if (q.rule) where.push(`EXISTS (SELECT 1 FROM case_messages r WHERE r.case_id = c.id AND r.rules @> ARRAY[${p(q.rule)}]::text[])`);
    if (q.since) where.push(`c.updated_at >= ${p(q.since)}`);
    if (q.withFeedback) where.push('EXISTS (SELECT 1 FROM case_feedback w WHERE w.case_id = c.id)');
    const limit = Math.min(Math.max(1, q.limit ?? 50), 1000);
    const rows = await this.db.query<{
      id: string;
      created_at: Date;
      updated_at: Date;
      verdict: Verdict;
      score: number;
      brand: string | null;
      channels: Channel[];
      n: number;
      feedback: FeedbackLabel | null;
    }>(
      `SELECT c.*,
         (SELECT array_agg(DISTINCT m.channel) FROM case_messages m WHERE m.case_id = c.id) AS channels,
         (SELECT count(*) FROM case_messages m WHERE m.case_id = c.id) AS n,
         (SELECT f.label FROM case_feedback f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1) AS feedback
       FROM cases c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.updated_at DESC, c.id LIMIT ${limit}`,
      params,
    );
    return rows.map((c) => ({
      ...caseFields(c),
      channels: c.channels ?? [],
      messageCount: Number(c.n),
      feedback: c.feedback,
    }));
  }

  /**
   * The feedback set: every message of every case that has feedback, labelled by the case's newest
   * feedback (scam and wrong_brand are scams; wrong_brand carries the right brand).
   */
  async feedbackSet(): Promise<FeedbackExample[]> {
    const rows = await this.db.query<{ case_id: string; seq: number; channel: Channel; text: string; brand: string | null; label: FeedbackLabel; fbrand: string | null }>(
      `SELECT m.case_id, m.seq, m.channel, m.text, c.brand, f.label, f.brand AS fbrand
         FROM case_messages m
         JOIN cases c ON c.id = m.case_id
         JOIN LATERAL (SELECT label, brand FROM case_feedback WHERE case_id = m.case_id ORDER BY id DESC LIMIT 1) f ON true
        ORDER BY m.case_id, m.seq`,
    );
    return rows.map((r) => ({
      id: `feedback-${r.case_id}-${r.seq}`,
      channel: r.channel,
      text: r.text,
      label: r.label,
      scam: r.label !== 'not_scam',
      brand: r.label === 'wrong_brand' ? r.fbrand : r.label === 'scam' ? r.brand : null,
    }));
  }

  /** Erases a case with its messages and feedback, from the tables and (embedded) their files. */
  async delete(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const rows = await this.db.query('DELETE FROM cases WHERE id = $1 RETURNING id', [id]);
    if (rows.length) await this.db.compact(TABLES);
    return rows.length > 0;
  }

  /** IMPOSTOR_RETAIN_DAYS: erases cases not updated for that many days; returns how many. */
  async eraseOlderThan(days: number): Promise<number> {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000);
    const rows = await this.db.query('DELETE FROM cases WHERE updated_at < $1 RETURNING id', [cutoff]);
    if (rows.length) await this.db.compact(TABLES);
    return rows.length;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export { TABLES as CASE_TABLES };
