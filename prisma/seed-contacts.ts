// The seed township's contact details, which `npm run db:seed` records and its 2020 report prints; the report
// tests use them as the real report's header.
export const XIAOTAO_CONTACT = {
  officeName: "小陶镇党政办公室",
  address: "永安市小陶镇解放北路 1 号",
  postcode: "366025",
  phone: "0598-3700270",
  email: "yaxt000@126.com",
  website: "http://www.ya.gov.cn/",
};
