/**
 * Rendered PDFs by key (a case revision and viewer kind), least recently used out first, bounded
 * by bytes rather than entries: a 50-run case's PDF weighs many founding cases'. Concurrent asks
 * for a key not yet cached share one render, so fifty simultaneous downloads cost one.
 */
export class PdfCache {
  private readonly entries = new Map<string, Uint8Array>();
  private readonly pending = new Map<string, Promise<Uint8Array>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The cached PDF, now the most recently used; undefined when not cached. */
  get(key: string): Uint8Array | undefined {
    const pdf = this.entries.get(key);
    if (pdf === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, pdf);
    return pdf;
  }

  /**
   * The cached PDF, or the render already under way for `key`, or a new `render()` whose result is
   * kept. `rendered` says whether this call started the render. A failed render is not kept.
   */
  async getOrRender(
    key: string,
    render: () => Promise<Uint8Array>,
  ): Promise<{ pdf: Uint8Array; rendered: boolean }> {
    const cached = this.get(key);
    if (cached !== undefined) return { pdf: cached, rendered: false };
    const underWay = this.pending.get(key);
    if (underWay !== undefined) return { pdf: await underWay, rendered: false };
    const started = render().then(
      (pdf) => {
        this.pending.delete(key);
        this.put(key, pdf);
        return pdf;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, started);
    return { pdf: await started, rendered: true };
  }

  /** Entries and bytes held now. */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private put(key: string, pdf: Uint8Array): void {
    if (pdf.byteLength > this.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= previous.byteLength;
    }
    for (const [oldest, old] of this.entries) {
      if (this.bytes + pdf.byteLength <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.byteLength;
    }
    this.entries.set(key, pdf);
    this.bytes += pdf.byteLength;
  }
}
