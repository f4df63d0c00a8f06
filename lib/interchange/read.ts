import fs from "node:fs";

/**
 * What a streamed interchange file yields, top-level key by top-level key: the elements of an array one at
 * a time (so a file of millions of items never sits in memory at once), any other value whole.
 */
export type TopLevelEntry =
  | { kind: "array"; key: string }
  | { kind: "element"; key: string; index: number; value: unknown }
  | { kind: "value"; key: string; value: unknown };

type Phase =
  | "open" // before the top-level "{"
  | "keyOrClose" // after "{"
  | "key" // a key must follow (after ",")
  | "colon"
  | "value" // a top-level value must follow
  | "firstElementOrEnd" // after "["
  | "element" // an element must follow (after ",")
  | "elementCommaOrEnd"
  | "commaOrClose"
  | "done";

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Reads a JSON object whose values are arrays (or anything else) from string chunks. Each element's text is
 * found by scanning brackets and strings, then handed to JSON.parse, so the result is exactly what JSON.parse
 * of the whole file would give. Invalid JSON throws a SyntaxError naming where.
 */
export async function* readTopLevel(chunks: AsyncIterable<string>): AsyncGenerator<TopLevelEntry> {
  let text = "";
  let pos = 0;
  let consumedBefore = 0; // characters dropped from the front of `text`, for error positions
  let phase: Phase = "open";
  let key = "";
  let index = 0;
  // The value being captured: where it starts, its bracket depth, whether the scan is inside a string.
  let start = -1;
  let depth = 0;
  let inString = false;

  const fail = (message: string): never => {
    throw new SyntaxError(`JSON 格式错误（第 ${consumedBefore + pos + 1} 个字符处）：${message}`);
  };

  /** Advances over the value starting at `start`; true when it is complete (pos is just past it). */
  const scanValue = (): boolean => {
    if (pos === start) {
      const c = text.charCodeAt(pos);
      if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) depth = 1;
      else depth = 0;
      pos++;
      if (!inString && depth === 0) {
        // a number or a literal: it ends at the next delimiter
        while (pos < text.length && !isDelimiter(text.charCodeAt(pos))) pos++;
        return pos < text.length;
      }
    } else if (!inString && depth === 0) {
      while (pos < text.length && !isDelimiter(text.charCodeAt(pos))) pos++;
      return pos < text.length;
    }
    while (pos < text.length) {
      if (inString) {
        const quote = text.indexOf('"', pos);
        if (quote === -1) {
          pos = text.length;
          return false;
        }
        let backslashes = 0;
        for (let k = quote - 1; k >= start && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
        pos = quote + 1;
        if (backslashes % 2 === 0) {
          inString = false;
          if (depth === 0) return true;
        }
        continue;
      }
      const c = text.charCodeAt(pos++);
      if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) return true;
      }
    }
    return false;
  };

  const captured = (): unknown => {
    const raw = text.slice(start, pos);
    start = -1;
    try {
      return JSON.parse(raw);
    } catch (error) {
      return fail((error as Error).message);
    }
  };

  const step = function* (): Generator<TopLevelEntry> {
    while (pos < text.length) {
      if (start >= 0) {
        if (!scanValue()) return;
        const value = captured();
        if (phase === "key") {
          if (typeof value !== "string") fail("键应为字符串");
          key = value as string;
          phase = "colon";
        } else if (phase === "element") {
          yield { kind: "element", key, index: index++, value };
          phase = "elementCommaOrEnd";
        } else {
          yield { kind: "value", key, value };
          phase = "commaOrClose";
        }
        continue;
      }
      const c = text.charCodeAt(pos);
      if (WHITESPACE.has(c)) {
        pos++;
        continue;
      }
      switch (phase) {
        case "open":
          if (c !== 0x7b) fail("文件应为一个 JSON 对象");
          phase = "keyOrClose";
          pos++;
          break;
        case "keyOrClose":
        case "key":
          if (c === 0x7d && phase === "keyOrClose") {
            phase = "done";
            pos++;
          } else if (c === QUOTE) {
            phase = "key";
            start = pos;
          } else fail("应为键");
          break;
        case "colon":
          if (c !== 0x3a) fail("应为冒号");
          phase = "value";
          pos++;
          break;
        case "value":
          if (c === 0x5b) {
            yield { kind: "array", key };
            phase = "firstElementOrEnd";
            index = 0;
            pos++;
          } else start = pos;
          break;
        case "firstElementOrEnd":
        case "element":
          if (c === 0x5d && phase === "firstElementOrEnd") {
            phase = "commaOrClose";
            pos++;
          } else {
            phase = "element";
            start = pos;
          }
          break;
        case "elementCommaOrEnd":
          if (c === 0x2c) phase = "element";
          else if (c === 0x5d) phase = "commaOrClose";
          else fail("数组元素之间应为逗号");
          pos++;
          break;
        case "commaOrClose":
          if (c === 0x2c) phase = "key";
          else if (c === 0x7d) phase = "done";
          else fail("应为逗号或 }");
          pos++;
          break;
        case "done":
          fail("对象结束后还有内容");
      }
    }
  };

  for await (const chunk of chunks) {
    // Keep only what is still needed: the value being captured, or nothing before the scan position.
    const keep = start >= 0 ? start : pos;
    consumedBefore += keep;
    text = text.slice(keep) + chunk;
    pos -= keep;
    if (start >= 0) start = 0;
    yield* step();
  }
  // (phase is changed inside step(), which TypeScript does not follow)
  if ((phase as Phase) !== "done") fail("文件不完整");
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x5d || c === 0x7d || WHITESPACE.has(c);
}

/** A file's top-level entries, read in chunks. */
export function readInterchangeFile(path: string): AsyncGenerator<TopLevelEntry> {
  return readTopLevel(fs.createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }));
}
