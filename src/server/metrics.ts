import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Report } from '../core/index.js';

// GET /metrics in Prometheus' text format (prom-client): analyses by channel and verdict, their
// latency, stored cases and feedback, queue depth where a queue is configured, and the process's own
// figures (memory, CPU, event-loop lag). Labels are closed sets — never message content.

export interface AppMetrics {
  /** One finished analysis and how long it took. */
  observe(report: Pick<Report, 'channel' | 'verdict'>, seconds: number): void;
  /** A stored case event. */
  caseEvent(kind: 'created' | 'message' | 'feedback' | 'deleted'): void;
  render(): Promise<{ contentType: string; body: string }>;
}

export interface MetricsOptions {
  /** Jobs waiting and running in the queue, when this process uses one. */
  queueDepth?: () => Promise<Record<'waiting' | 'active' | 'delayed' | 'failed', number>>;
  /** Also export Node's process metrics. Default true. */
  processMetrics?: boolean;
}

export function createMetrics(o: MetricsOptions = {}): AppMetrics {
  const registry = new Registry();
  if (o.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'impostor_' });
  const analyses = new Counter({
    name: 'impostor_analyses_total',
    help: 'Messages analysed, by channel and verdict.',
    labelNames: ['channel', 'verdict'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'impostor_analysis_duration_seconds',
    help: 'Time to analyse one message, in seconds.',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cases = new Counter({
    name: 'impostor_case_events_total',
    help: 'Case store events: cases created, messages added, feedback given, cases deleted.',
    labelNames: ['event'] as const,
    registers: [registry],
  });
  if (o.queueDepth) {
    const depth = o.queueDepth;
    new Gauge({
      name: 'impostor_queue_jobs',
      help: 'Jobs in the analysis queue, by state (failed = the dead-letter list).',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        const d = await depth().catch(() => null);
        if (d) for (const [state, n] of Object.entries(d)) this.set({ state }, n);
      },
    });
  }
  return {
    observe(report, seconds) {
      analyses.inc({ channel: report.channel, verdict: report.verdict });
      duration.observe({ channel: report.channel }, seconds);
    },
    caseEvent: (kind) => cases.inc({ event: kind }),
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
