import { describe, expect, it } from "vitest";
import { characterClasses, containsUsername, passwordSchema } from "./password-policy";
import { createUserSchema } from "./schemas";
import { DEMO_PASSWORD } from "@/prisma/demo-users";

const messages = (value: unknown) => {
  const result = passwordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("password policy", () => {
  it("counts the four character classes", () => {
    expect(characterClasses("abcdefghij")).toBe(1);
    expect(characterClasses("abcdeFGHIJ")).toBe(2);
    expect(characterClasses("abcdeFGH12")).toBe(3);
    expect(characterClasses("abcDE12#$%")).toBe(4);
    expect(characterClasses("密码密码密码密码密码")).toBe(1); // CJK characters count as symbols
  });

  it("accepts 10+ characters from 3 of the 4 classes, including the demo password", () => {
    expect(messages(DEMO_PASSWORD)).toEqual([]);
    expect(messages("abcdefgH12")).toEqual([]);
    expect(messages("abcdefgh1!")).toEqual([]);
    expect(messages("ABCDEFGH1!")).toEqual([]);
  });

  it("refuses short, simple and over-long passwords with Chinese messages", () => {
    expect(messages("Ab1!Ab1!A")).toEqual(["密码至少 10 位"]);
    expect(messages("abcdefghijk")).toEqual(["密码须包含大写字母、小写字母、数字、符号中的至少三类"]);
    expect(messages("abcdefghij12")).toEqual(["密码须包含大写字母、小写字母、数字、符号中的至少三类"]);
    expect(messages("1234567890")).toEqual(["密码须包含大写字母、小写字母、数字、符号中的至少三类"]);
    expect(messages("Aa1!".repeat(33))).toEqual(["密码不能超过 128 位"]);
    expect(messages(undefined)).toEqual(["请输入密码"]);
  });

  it("refuses a password containing the username, ignoring case", () => {
    expect(containsUsername("Clerk@20260", "clerk")).toBe(true);
    expect(containsUsername("xxCLERKxx1!", "clerk")).toBe(true);
    expect(containsUsername("Gongkai@2026", "clerk")).toBe(false);
    const result = createUserSchema.safeParse({
      username: "zhang.san",
      name: "张三",
      role: "CLERK",
      orgId: "org1",
      password: "Zhang.San@2026",
      confirm: "Zhang.San@2026",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "密码不能包含用户名"]]);
  });
});

describe("account form schemas", () => {
  const good = { username: "zhangsan", name: "张三", role: "CLERK", orgId: "org1", password: "Gongkai#2027", confirm: "Gongkai#2027" };

  it("accepts a valid new account and turns an empty organisation into null", () => {
    expect(createUserSchema.parse(good)).toEqual({ ...good });
    expect(createUserSchema.parse({ ...good, role: "ADMIN", orgId: "" }).orgId).toBeNull();
  });

  it("requires an organisation for clerks and supervisors, matching confirmation, a well-formed username", () => {
    const issues = (input: object) =>
      createUserSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...good, orgId: "" })).toEqual([["orgId", "除管理员外，账号必须属于一个机构"]]);
    expect(issues({ ...good, confirm: "Gongkai#2028" })).toEqual([["confirm", "两次输入的密码不一致"]]);
    expect(issues({ ...good, username: "Zhang San" })).toEqual([
      ["username", "用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头"],
    ]);
    expect(issues({ ...good, role: "ROOT" })).toEqual([["role", "请选择角色"]]);
  });
});
