/** A bounded memory of message ids: what a connection remembers to spot reuse, duplicates and late replies. */

/** How many message ids are remembered (at least) to detect reuse, duplicates and late replies. */
export const SEEN_IDS_LIMIT = 4096;

const NO_IDS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * The last ids seen, with a value each. Two generations of `limit` entries, so forgetting is O(1):
 * trimming the oldest entry of one big Map one by one makes V8 walk its deleted slots on every trim.
 */
export class RecentIds<V = true> {
  /** Maps are made on first use: an idle connection holds none (memory per idle connection counts under load). */
  private current: Map<string, V> | undefined;
  private previous: ReadonlyMap<string, V> = NO_IDS;

  constructor(private readonly limit: number) {}

  set(id: string, value: V): void {
    this.current ??= new Map();
    this.current.set(id, value);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = undefined;
    }
  }

  get(id: string): V | undefined {
    return this.current?.get(id) ?? this.previous.get(id);
  }

  has(id: string): boolean {
    return this.current?.has(id) === true || this.previous.has(id);
  }
}
