import { describe, expect, it } from "vitest";
import { closeSchema, extensionSchema, feeNoticeSchema, intakeSchema, publicApplicationSchema, yuanToFen } from "./schemas";

const person = {
  orgId: "org-1",
  applicantKind: "person",
  applicantName: "张三",
  idType: "resident_id",
  idNumber: "11010519491231002x",
  phone: "13800138000",
  email: "",
  address: "",
  postcode: "",
  description: "2023年小陶镇农村危房改造补助资金发放名单",
  purpose: "",
  provisionForm: "electronic",
  obtainMethod: "pickup",
};

const organization = {
  orgId: "org-1",
  applicantKind: "organization",
  applicantName: "福建某某律师事务所",
  applicantType: "legal_service",
  orgCreditCode: "91350100M000100Y43",
  legalRepresentative: "李四",
  contactName: "王五",
  phone: "0598-3700270",
  email: "office@example.com",
  description: "某项目的环评批复文件",
  provisionForm: "paper",
  obtainMethod: "email",
};

/** field → first message, as the form shows them. */
function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("publicApplicationSchema", () => {
  it("accepts a 公民 application, upper-casing the ID's check character and dropping empty optional fields", () => {
    const result = publicApplicationSchema.safeParse(person);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ idNumber: "11010519491231002X", email: undefined, purpose: undefined });
  });

  it("accepts a 法人或其他组织 application", () => {
    expect(publicApplicationSchema.safeParse(organization).success).toBe(true);
  });

  it("names every missing required field in Chinese", () => {
    const result = publicApplicationSchema.safeParse({ applicantKind: "person" });
    expect(errors(result)).toEqual({
      orgId: "请选择受理机关",
      applicantName: "请填写姓名",
      idType: "请选择证件类型",
      idNumber: "请填写证件号码",
      phone: "请填写联系电话",
      description: "请填写所需信息的内容描述",
      provisionForm: "请选择信息的提供形式",
      obtainMethod: "请选择获取信息的方式",
    });
    expect(errors(publicApplicationSchema.safeParse({}))).toEqual({ applicantKind: "请选择申请人类型（公民或法人或其他组织）" });
  });

  it("treats blank-only input as missing", () => {
    expect(errors(publicApplicationSchema.safeParse({ ...person, applicantName: "   " }))).toEqual({ applicantName: "请填写姓名" });
  });

  it("rejects script tags and other markup in any text field", () => {
    const result = publicApplicationSchema.safeParse({
      ...person,
      applicantName: "<script>alert('x')</script>",
      description: "请提供 <img src=x onerror=alert(1)> 文件",
      address: "</textarea><b>",
    });
    expect(errors(result)).toEqual({
      applicantName: "姓名不能包含 HTML 标签或脚本代码（如 <script>）",
      description: "所需信息的内容描述不能包含 HTML 标签或脚本代码（如 <script>）",
      address: "通信地址不能包含 HTML 标签或脚本代码（如 <script>）",
    });
  });

  it("keeps ordinary angle brackets and quotes that are not markup", () => {
    const result = publicApplicationSchema.safeParse({ ...person, description: "面积 < 100 平方米且 “3 > 2” 的宗地" });
    expect(result.success).toBe(true);
  });

  it("rejects huge text with the limit in the message", () => {
    const result = publicApplicationSchema.safeParse({ ...person, description: "文".repeat(2001), applicantName: "名".repeat(51) });
    expect(errors(result)).toEqual({ description: "所需信息的内容描述不能超过2000个字", applicantName: "姓名不能超过50个字" });
    expect(publicApplicationSchema.safeParse({ ...person, description: "文".repeat(2000) }).success).toBe(true);
  });

  it("rejects control characters", () => {
    expect(errors(publicApplicationSchema.safeParse({ ...person, applicantName: "张\u0000三" }))).toEqual({
      applicantName: "姓名含有不允许的控制字符或无效字符",
    });
  });

  it("rejects ID numbers that do not fit the 证件类型", () => {
    expect(errors(publicApplicationSchema.safeParse({ ...person, idNumber: "110105194912310021" }))).toEqual({
      idNumber: "居民身份证号码应为18位，且出生日期和最后一位校验码正确",
    });
    expect(errors(publicApplicationSchema.safeParse({ ...person, idType: "passport", idNumber: "护照123" }))).toEqual({
      idNumber: "护照号码应为5至17位字母或数字",
    });
    expect(errors(publicApplicationSchema.safeParse({ ...person, idType: "driver_licence" }))).toEqual({ idType: "请选择证件类型" });
    expect(errors(publicApplicationSchema.safeParse({ ...organization, orgCreditCode: "91350100M000100Y44" }))).toEqual({
      orgCreditCode: "统一社会信用代码应为18位，且最后一位校验码正确",
    });
  });

  it("checks phone, e-mail and postcode formats", () => {
    const result = publicApplicationSchema.safeParse({ ...person, phone: "12345", email: "not-an-email", postcode: "3660" });
    expect(errors(result)).toEqual({
      phone: "联系电话应为11位手机号码或带区号的固定电话（如 0598-3700270）",
      email: "电子邮箱格式不正确（如 name@example.com）",
      postcode: "邮政编码应为6位数字",
    });
  });

  it("asks for the e-mail or address the chosen way of obtaining needs", () => {
    expect(errors(publicApplicationSchema.safeParse({ ...organization, email: "" }))).toEqual({
      email: "选择以电子邮件获取信息时，请填写电子邮箱",
    });
    expect(errors(publicApplicationSchema.safeParse({ ...person, obtainMethod: "mail" }))).toEqual({
      address: "选择邮寄获取信息时，请填写通信地址",
    });
  });

  it("does not let a 公民 be counted as an organisation column or vice versa", () => {
    expect(errors(publicApplicationSchema.safeParse({ ...organization, applicantType: "natural_person" }))).toEqual({
      applicantType: "请选择组织类型",
    });
  });
});

describe("intakeSchema", () => {
  const intake = { ...person, orgId: undefined, channel: "mail_plain", receivedOn: "2024-03-01" };
  it("takes the channel and 收到申请之日", () => {
    expect(intakeSchema.safeParse(intake).data).toMatchObject({ channel: "mail_plain", receivedOn: "2024-03-01" });
  });
  it("refuses a receipt date in the future or not a date", () => {
    expect(errors(intakeSchema.safeParse({ ...intake, receivedOn: "2999-01-01" }))).toEqual({ receivedOn: "收到申请之日不能晚于今天" });
    expect(errors(intakeSchema.safeParse({ ...intake, receivedOn: "2024-02-30" }))).toEqual({
      receivedOn: "收到申请之日不是有效日期（格式：YYYY-MM-DD）",
    });
    expect(errors(intakeSchema.safeParse({ ...intake, channel: "pigeon" }))).toEqual({ channel: "请选择申请渠道" });
  });
});

describe("steps on the clock", () => {
  const step = { requestId: "r1", version: "3", on: "2024-03-04" };
  it("caps an extension at 20 working days and needs the approver", () => {
    expect(errors(extensionSchema.safeParse({ ...step, days: "21", approver: "", notifiedOn: "2024-03-04" }))).toEqual({
      days: "延长的期限最长不得超过20个工作日（条例第三十三条）",
      approver: "请填写批准延期的负责人",
    });
    expect(extensionSchema.safeParse({ ...step, days: "20", approver: "赵主任", notifiedOn: "2024-03-05" }).data).toMatchObject({
      days: 20,
      version: 3,
    });
  });
  it("requires a reason for every outcome except a plain 予以公开", () => {
    expect(closeSchema.safeParse({ ...step, outcome: "disclosed", replyText: "现将信息提供如下。" }).success).toBe(true);
    expect(errors(closeSchema.safeParse({ ...step, outcome: "partial", replyText: "部分公开告知书" }))).toEqual({
      reason: "此办理结果须写明理由",
    });
    expect(errors(closeSchema.safeParse({ ...step, outcome: "withheld.foo", replyText: "x" }))).toEqual({ outcome: "请选择办理结果" });
  });
  it("reads a fee in 元 as exact fen", () => {
    expect(yuanToFen("200")).toBe(20000);
    expect(yuanToFen("200.5")).toBe(20050);
    expect(yuanToFen("0.07")).toBe(7);
    expect(yuanToFen("1e3")).toBeNull();
    expect(yuanToFen("-5")).toBeNull();
    expect(feeNoticeSchema.safeParse({ ...step, basis: "per_page", amountFen: "700.00" }).data?.amountFen).toBe(70000);
    expect(errors(feeNoticeSchema.safeParse({ ...step, basis: "per_page", amountFen: "0" }))).toEqual({
      amountFen: "收费金额应为大于0的金额，单位为元，最多两位小数（如 200 或 200.50）",
    });
  });
});
