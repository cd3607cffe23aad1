// Versioned schema migrations, the same SQL for the embedded database (PGlite) and PostgreSQL.
// Each entry is applied once, in order, inside one transaction, and recorded in schema_migrations;
// an advisory lock makes concurrent starts (several workers on one PostgreSQL) apply it once.
// Never edit an applied migration: add the next version.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'cases, messages and feedback',
    sql: `
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        verdict text NOT NULL,
        score double precision NOT NULL,
        brand text
      );
      CREATE INDEX cases_created_at ON cases (created_at DESC);
      CREATE INDEX cases_brand ON cases (brand);
      CREATE INDEX cases_verdict ON cases (verdict);
      CREATE TABLE case_messages (
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        job_id text UNIQUE,
        channel text NOT NULL,
        received_at timestamptz NOT NULL,
        verdict text NOT NULL,
        score double precision NOT NULL,
        brand text,
        rules text[] NOT NULL,
        text text NOT NULL,
        report jsonb NOT NULL,
        source jsonb,
        PRIMARY KEY (case_id, seq)
      );
      CREATE INDEX case_messages_rules ON case_messages USING gin (rules);
      CREATE TABLE case_feedback (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        label text NOT NULL CHECK (label IN ('scam', 'not_scam', 'wrong_brand')),
        brand text,
        by text,
        token text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX case_feedback_case ON case_feedback (case_id);
    `,
  },
];
