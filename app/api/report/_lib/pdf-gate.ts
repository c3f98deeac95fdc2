import "server-only";

/**
 * PDFs are laid out on the server's main thread (seconds and hundreds of MB for ten years of weeks
 * with full notes), so they take turns: `concurrency` at a time, a short bounded queue, and one per
 * leader. A worker thread with a deadline (as the calendar import has) would also keep pages fast
 * while one renders; until then this keeps parallel requests from multiplying memory and CPU.
 */
export class PdfGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly leaders = new Set<string>();

  constructor(
    private readonly concurrency: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Runs `render` in turn; "mine" when this leader's previous PDF is still on its way, "busy" when the queue is full or the wait ran out. */
  async run<T>(leader: string, render: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: "mine" | "busy" }> {
    if (this.leaders.has(leader)) return { ok: false, reason: "mine" };
    this.leaders.add(leader);
    try {
      if (!(await this.acquire())) return { ok: false, reason: "busy" };
      try {
        return { ok: true, value: await render() };
      } finally {
        this.release();
      }
    } finally {
      this.leaders.delete(leader);
    }
  }

  private acquire(): Promise<boolean> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.maxQueued) return Promise.resolve(false);
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        resolve(false);
      }, this.maxWaitMs);
      this.waiting.push(grant);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

export const PDF_GATE_LIMITS = { concurrency: 1, maxQueued: 4, maxWaitMs: 20_000 } as const;

const globalForGate = globalThis as unknown as { pendulumPdfGate?: PdfGate };

export function pdfGate(): PdfGate {
  globalForGate.pendulumPdfGate ??= new PdfGate(PDF_GATE_LIMITS.concurrency, PDF_GATE_LIMITS.maxQueued, PDF_GATE_LIMITS.maxWaitMs);
  return globalForGate.pendulumPdfGate;
}
