/**
 * A block's matches as plain numbers (start, end and match number, three to
 * a match in one typed array), so the thousands of matches on a big page cost
 * no object each: the page sense and the first-per-section filter rewrite the
 * numbers in place, and only the matches still marked become ranges.
 */

/** The entry of a match that is not marked (a cue word, a phrase in another sense, a repeat). */
export const NOT_MARKED = -1;

const FIELDS = 3;

export class MatchList {
  private data = new Int32Array(FIELDS * 256);
  /** How many matches the list holds. */
  length = 0;

  /** Empties the list, keeping its storage for the next block. */
  clear(): void {
    this.length = 0;
  }

  /** Appends a match; bound, so the matcher can call it directly. */
  readonly push = (start: number, end: number, entry: number): void => {
    let data = this.data;
    const at = this.length * FIELDS;
    if (at + FIELDS > data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    data[at] = start;
    data[at + 1] = end;
    data[at + 2] = entry;
    this.length++;
  };

  /** Drops the last matches that start at or past `offset` (they belong to the next slice of the text). */
  dropFrom(offset: number): void {
    while (this.length > 0 && this.start(this.length - 1) >= offset) this.length--;
  }

  start(index: number): number {
    return this.data[index * FIELDS] ?? 0;
  }

  end(index: number): number {
    return this.data[index * FIELDS + 1] ?? 0;
  }

  /** The match number (what the matcher reported), or after selection the entry marked (NOT_MARKED: none). */
  entry(index: number): number {
    return this.data[index * FIELDS + 2] ?? NOT_MARKED;
  }

  setEntry(index: number, entry: number): void {
    this.data[index * FIELDS + 2] = entry;
  }

  /** How many matches are marked. */
  markedCount(): number {
    let count = 0;
    for (let index = 0; index < this.length; index++) if (this.entry(index) !== NOT_MARKED) count++;
    return count;
  }
}
