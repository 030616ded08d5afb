import type { ItemRecord } from './records';

/**
 * A list's items by the value of one column, kept as writes commit: what SharePoint's column index
 * gives a query, so an `eq` on an indexed column reads its matches rather than the whole list.
 */
export class ColumnIndex {
  private readonly byValue = new Map<unknown, Map<number, ItemRecord>>();
  private readonly valueOf = new Map<number, unknown>();

  constructor(
    /** The column's comparable value: what the filter compares a literal with. */
    private readonly read: (item: ItemRecord) => unknown,
    items: Iterable<ItemRecord>,
  ) {
    for (const item of items) this.add(item);
  }

  add(item: ItemRecord): void {
    this.remove(item.id);
    const value = this.read(item);
    let bucket = this.byValue.get(value);
    if (!bucket) {
      bucket = new Map();
      this.byValue.set(value, bucket);
    }
    bucket.set(item.id, item);
    this.valueOf.set(item.id, value);
  }

  remove(id: number): void {
    if (!this.valueOf.has(id)) return;
    const value = this.valueOf.get(id);
    const bucket = this.byValue.get(value);
    bucket?.delete(id);
    if (bucket?.size === 0) this.byValue.delete(value);
    this.valueOf.delete(id);
  }

  /** The items holding `value`, in id order. */
  matching(value: unknown): ItemRecord[] {
    return [...(this.byValue.get(value)?.values() ?? [])].sort((a, b) => a.id - b.id);
  }
}
