/**
 * A set of strings kept only as two 32-bit hashes each, 16 bytes a key in typed arrays (a Map of the strings
 * takes over 100). `add` says whether the same pair of hashes was already there: a *possible* repeat, which
 * the caller confirms by comparing the strings themselves (two different keys share both hashes with a
 * probability of about 1 in 2^64 per pair).
 */
export class KeySet {
  private first = new Uint32Array(1 << 16);
  private second = new Uint32Array(1 << 16);
  private size = 0;

  /** Adds a key; true when it may have been added before. */
  add(key: string): boolean {
    if ((this.size + 1) * 2 > this.first.length) this.grow();
    const [a, b] = hashes(key);
    if (this.insert(a, b)) return true;
    this.size++;
    return false;
  }

  /** Open addressing with linear probing; the second hash is never 0, so 0 marks an empty slot. */
  private insert(a: number, b: number): boolean {
    const mask = this.first.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.second[slot] === 0) {
        this.first[slot] = a;
        this.second[slot] = b;
        return false;
      }
      if (this.first[slot] === a && this.second[slot] === b) return true;
    }
  }

  private grow() {
    const [first, second] = [this.first, this.second];
    this.first = new Uint32Array(first.length * 2);
    this.second = new Uint32Array(second.length * 2);
    for (let slot = 0; slot < first.length; slot++) if (second[slot] !== 0) this.insert(first[slot], second[slot]);
  }
}

/** Two independent FNV-1a hashes of the UTF-16 code units. */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, (b >>> 0) || 1];
}
