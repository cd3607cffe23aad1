// A one-line progress bar for long runs on a terminal: done/total, messages per second and time
// left, redrawn at most a few times a second. Writes nothing when the stream is not a terminal, so
// logs and pipes stay clean.

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number | null): void;
  done(): void;
}

const fmtTime = (s: number): string => {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const m = Math.floor(s / 60);
  const sec = Math.floor(s % 60);
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
};

export function progressLine(done: number, total: number | null, elapsedMs: number, width = 24): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} msg/s`;
  if (total === null || total <= 0) return `${done} messages  ${rateText}  ${fmtTime(elapsedMs / 1000)}`;
  const frac = Math.min(1, done / total);
  const filled = Math.round(frac * width);
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${(frac * 100).toFixed(0)}%  ${rateText}  ETA ${fmtTime(eta)}`;
}

export function createProgress(write: ((s: string) => void) | null, now: () => number = Date.now): Progress {
  const start = now();
  let done = 0;
  let total: number | null = null;
  let last = 0;
  const draw = (force = false) => {
    if (!write) return;
    const t = now();
    if (!force && t - last < 200) return;
    last = t;
    write(`\r\x1b[2K${progressLine(done, total, t - start)}`);
  };
  return {
    tick(n = 1) {
      done += n;
      draw();
    },
    setTotal(n) {
      total = n;
      draw(true);
    },
    done() {
      if (!write) return;
      draw(true);
      write('\n');
    },
  };
}
