// Bodies for the demo items and descriptions for the demo requests. The interchange format (and so the 2020
// fixture and demoRecords) carries neither, and a catalogue of titles without text does not look like a real
// body's. Only empty fields are filled, so running the seed again changes nothing.
import { db } from "@/lib/db";
import { indexPendingPairs } from "@/lib/items/pair-index";

const CATEGORY_TEXT: Record<string, string> = {
  "org-functions": "本机关依照有关法律法规和“三定”方案履行职责，内设党政综合办公室、经济发展办公室、社会事务办公室等工作机构。机构、职能或负责人发生变化的，自变化之日起20个工作日内更新公开。",
  "policy-documents": "各村（居）委会、镇直各单位：现将有关事项通知如下，请结合实际认真贯彻执行。执行中遇到的问题，请及时向镇党政办公室反映。本文件自印发之日起施行。",
  plans: "一、总体要求。坚持以人民为中心，围绕全年目标任务，统筹推进经济发展、乡村振兴、民生保障和安全稳定各项工作。二、主要任务。（一）做强特色产业；（二）改善人居环境；（三）办好民生实事。三、保障措施。加强组织领导，压实工作责任，定期督查通报。",
  "public-service-projects": "今年确定的为民办实事项目共7项，截至本期已完成4项，其余3项按计划推进。项目资金全部纳入预算管理，实行专账核算，接受群众监督。",
  "civil-affairs": "根据有关政策规定，经村级评议、镇级审核和公示，现将有关情况公开如下。资金已通过“一卡通”直接发放到户。对公开内容有异议的，可在公示期内向镇社会事务办公室反映，电话：0598-3700270。",
  "land-construction": "按照有关规定，经申请、入户核查、村级评议和镇级审核，现予以公示。公示期为7天，公示期内如有异议，请以书面形式向镇规划建设办公室反映。",
  "education-culture-health": "全镇按照国家基本公共服务标准开展各项工作，居民健康档案建档率、65岁以上老年人健康管理率等指标均达到年度目标。下一步将继续加强基层服务能力建设。",
  "work-safety": "为切实做好安全生产和防灾减灾工作，保障人民群众生命财产安全，结合本镇实际，制定本方案。各村（居）、各单位要落实主体责任，加强值班值守，发现隐患立即整改，重大情况及时报告。",
};

const DESCRIPTIONS = [
  "{year}年本镇农村低保对象名单及发放标准",
  "{year}年乡村道路硬化项目的招标文件和验收报告",
  "本人所在村{year}年土地征收补偿款的发放明细",
  "{year}年度镇财政预算执行情况及“三公”经费",
  "{year}年农村危房改造补助对象的评议和审核材料",
  "镇政府关于本村垃圾中转站选址的会议纪要",
];
const PEOPLE = ["陈建华", "林秀英", "黄志明", "郑丽娟", "刘海涛", "吴美玲"];
const BODIES = ["福建某某建设工程有限公司", "永安市某某农业专业合作社", "福建某某律师事务所", "某某大学公共管理学院"];

export async function fillDemoContent() {
  const items = await db.item.findMany({ where: { body: "" }, select: { id: true, title: true, createdOn: true, category: { select: { code: true } } } });
  await db.$transaction(
    async (tx) => {
      for (const item of items) {
        const body = `${item.title}\n${CATEGORY_TEXT[item.category.code] ?? "现将有关情况公开如下。"}\n${item.createdOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}`;
        await tx.item.update({ where: { id: item.id }, data: { body } });
      }
      await indexPendingPairs(tx);
    },
    { timeout: 120_000 },
  );
  const requests = await db.disclosureRequest.findMany({ where: { description: "" }, select: { id: true, receivedOn: true, applicantType: true }, orderBy: { number: "asc" } });
  for (const [i, request] of requests.entries()) {
    const year = (request.receivedOn ?? "2025").slice(0, 4);
    await db.disclosureRequest.update({
      where: { id: request.id },
      data: { description: DESCRIPTIONS[i % DESCRIPTIONS.length].replace("{year}", year), applicantName: request.applicantType === "natural_person" ? PEOPLE[i % PEOPLE.length] : BODIES[i % BODIES.length] },
    });
  }
  return { items: items.length, requests: requests.length };
}
