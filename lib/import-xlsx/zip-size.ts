import zlib from "node:zlib";

/**
 * How many bytes an .xlsx (a ZIP archive) unpacks to, found by unpacking each entry with a ceiling, so that a
 * small upload that unpacks to gigabytes (a "zip bomb") is refused before exceljs unpacks it whole in memory.
 * The sizes the archive states are not trusted: they are what a bomb would lie about. Returns Infinity when the
 * archive unpacks to more than `limit`, null when it is not a ZIP archive this reader understands (exceljs then
 * gives its own answer).
 */
export function unzippedSize(bytes: Uint8Array, limit: number): number | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(data);
  if (end < 0) return null;
  const entries = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const local = data.readUInt32LE(at + 42);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return null;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const content = data.subarray(start, start + compressedSize);
    if (method === 0) total += content.length;
    else if (method === 8) {
      try {
        total += zlib.inflateRawSync(content, { maxOutputLength: limit - total + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError) return Infinity; // the ceiling: it would unpack to more
        return null;
      }
    } else return null;
    if (total > limit) return Infinity;
  }
  return total;
}

/** Offset of the End of Central Directory record: searched from the end, past a comment of up to 64 KB. */
function endOfCentralDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
