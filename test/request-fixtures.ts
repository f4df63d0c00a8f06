/** A citizen's application as the public form posts it, without the body it goes to. */
export const APPLICANT = {
  applicantKind: "person",
  applicantName: "张三",
  idType: "resident_id",
  idNumber: "11010519491231002X",
  phone: "13800138000",
  description: "2023年小陶镇农村危房改造补助对象名单",
  provisionForm: "electronic",
  obtainMethod: "pickup",
} as const;
