import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPageSecurityPolicy, contentSecurityPolicy, nonceOf } from "@/lib/security/csp";
import { nonceScriptHashes } from "./inline-scripts";

const hash = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("the cached page's script hashes", () => {
  const nonce = "bm9uY2U=";
  const html = [
    `<script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script>`,
    `<script nonce="${nonce}">self.__next_f.push([1,"标题"])</script>`,
    `<div><script>alert(1)</script><img src=x onerror="alert(2)"></div>`,
    `<script nonce="other">alert(3)</script>`,
    `<script nonce='${nonce}'>self.__next_f.push([2])</script>`,
    `<SCRIPT NONCE="${nonce}">self.__next_f.push([3])</SCRIPT >`,
  ].join("");

  it("are those of the inline scripts that carry the render's nonce, and only those", () => {
    expect(nonceScriptHashes(html, nonce)).toEqual([hash(`self.__next_f.push([1,"标题"])`), hash("self.__next_f.push([2])"), hash("self.__next_f.push([3])")]);
  });

  it("go into a policy with no nonce, no 'unsafe-inline' and no 'strict-dynamic' for scripts", () => {
    const policy = cachedPageSecurityPolicy(nonceScriptHashes(html, nonce));
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc.startsWith("script-src 'self' 'sha256-")).toBe(true);
    expect(scriptSrc).not.toMatch(/nonce|unsafe|strict-dynamic/);
    expect(policy).toContain("object-src 'none'");
    expect(nonceOf(policy)).toBeNull();
    expect(nonceOf(contentSecurityPolicy(nonce))).toBe(nonce);
  });
});
