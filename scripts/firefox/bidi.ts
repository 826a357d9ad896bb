/**
 * A minimal WebDriver BiDi client: Firefox speaks BiDi natively (no Playwright build of Firefox needed), which is
 * enough to install Brief as a temporary add-on and drive its pages in Debian's firefox-esr.
 */
export class Bidi {
  private next = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();

  private constructor(private socket: WebSocket) {
    socket.addEventListener('message', (e) => {
      const msg = JSON.parse(String(e.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string; method?: string; params?: Record<string, unknown> };
      const waiting = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiting) return;
      this.pending.delete(msg.id!);
      if (msg.type === 'error') waiting.reject(new Error(`${waiting.method}: ${msg.error} ${msg.message ?? ''}`));
      else waiting.resolve(msg.result);
    });
    socket.addEventListener('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: the browser closed the connection`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`Cannot connect to ${url}`)), { once: true });
    });
    return new Bidi(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method }));
  }

  /** Evaluate an expression (awaiting a promise) in a browsing context and return its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await this.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`Evaluation failed: ${r.exceptionDetails?.text}`);
    const raw = r.result?.value;
    return (typeof raw === 'string' ? JSON.parse(raw) : undefined) as T;
  }

  /** Evaluate until the value satisfies `ok` (the page renders asynchronously); fail with the last value. */
  async waitFor<T>(context: string, expression: string, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < until) {
      last = await this.evaluate<T>(context, expression).catch(() => undefined);
      if (last !== undefined && ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
  }

  close(): void {
    this.socket.close();
  }
}
