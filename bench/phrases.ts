import type { Random } from "./random";

// Phrase lists the synthetic data is composed from: the vocabulary of real 政府信息公开 catalogues (names of
// bodies, document types, policy topics, the set phrases of official prose), so titles and bodies look like
// the real thing and Chinese full-text search meets realistic term frequencies.

const PROVINCE = "安澜省";
const CITIES = ["江宁", "临川", "云溪", "青阳", "安平", "白沙", "龙泉", "清河", "石门", "永丰", "桃源", "新塘"];
const COUNTIES = [
  "东山", "西林", "南湖", "北岭", "长乐", "广丰", "宁远", "平川", "兴华", "富阳", "仁和", "建安", "和平", "太平",
  "福安", "崇德", "利川", "怀远", "望江", "凤台",
];
const TOWN_FIRST = ["大", "小", "新", "高", "石", "马", "黄", "白", "青", "金", "龙", "双", "三", "花", "杨", "柳", "梅", "桥", "沙", "水"];
const TOWN_SECOND = ["田", "桥", "塘", "坪", "港", "庄", "湾", "岭", "溪", "埠", "集", "店", "铺", "洲", "坝", "口"];
const DEPARTMENTS = [
  "人民政府办公室", "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
  "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
  "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局",
  "医疗保障局", "林业局", "城市管理局", "数据资源局", "信访局", "行政审批局",
];

export type OrgLevel = "province" | "city" | "county" | "township";
export type OrgName = { name: string; short: string; docPrefix: string; level: OrgLevel };
/** Where a body sits: its city and county (the names of its parents in the tree). */
export type Place = { city: string; county: string };

/** The c-th city and its k-th county (4 counties per city, names reused across cities as real ones are). */
export const place = (c: number, k: number): Place => ({ city: CITIES[c % CITIES.length], county: COUNTIES[(c * 4 + k) % COUNTIES.length] });
export const MAX_CITIES = CITIES.length;

/** The governments that form the tree: the province's, a city's, a county's. */
export function governmentName(level: Exclude<OrgLevel, "township">, at: Place): OrgName {
  const name = { province: `${PROVINCE}人民政府`, city: `${at.city}市人民政府`, county: `${at.city}市${at.county}县人民政府` }[level];
  const short = { province: "省政府", city: `${at.city}市`, county: `${at.county}县` }[level];
  const docPrefix = { province: "澜政", city: `${at.city[0]}政`, county: `${at.county[0]}政` }[level];
  return { name, short, docPrefix, level };
}

/** A body of the province at a place: departments at every level, and the townships' governments. */
export function orgName(at: Place, random: Random): OrgName {
  const level = random.weighted({ province: 3, city: 17, county: 40, township: 40 } as const);
  const { city, county } = at;
  const department = random.pick(DEPARTMENTS);
  switch (level) {
    case "province":
      return { name: `${PROVINCE}${department}`, short: `省${department.slice(0, 2)}`, docPrefix: `澜${department[0]}`, level };
    case "city":
      return { name: `${city}市${department}`, short: `${city}市`, docPrefix: `${city[0]}${department[0]}`, level };
    case "county":
      return { name: `${city}市${county}县${department}`, short: `${county}县`, docPrefix: `${county[0]}${department[0]}`, level };
    default: {
      const town = `${random.pick(TOWN_FIRST)}${random.pick(TOWN_SECOND)}`;
      const kind = random.weighted({ 镇: 6, 乡: 2, 街道: 2 } as const);
      const name = kind === "街道" ? `${county}县${town}街道办事处` : `${county}县${town}${kind}人民政府`;
      return { name, short: `${town}${kind}`, docPrefix: `${town[0]}政`, level };
    }
  }
}

/** 主题分类: the seed's eight and others every catalogue has. */
export const CATEGORIES: { code: string; name: string }[] = [
  { code: "org-functions", name: "机构职能" },
  { code: "policy-documents", name: "政策、规范性文件" },
  { code: "plans", name: "规划计划" },
  { code: "public-service-projects", name: "为民办实事" },
  { code: "civil-affairs", name: "民政扶贫救灾社会保障就业" },
  { code: "land-construction", name: "国土资源城乡建设环保能源" },
  { code: "education-culture-health", name: "科教文体卫生" },
  { code: "work-safety", name: "安全生产、应急管理" },
  { code: "finance", name: "财政预决算" },
  { code: "personnel", name: "人事信息" },
  { code: "licensing", name: "行政许可" },
  { code: "penalty", name: "行政处罚" },
  { code: "procurement", name: "政府采购" },
  { code: "statistics", name: "统计信息" },
  { code: "major-projects", name: "重大建设项目" },
  { code: "public-resources", name: "公共资源配置" },
  { code: "food-drug-safety", name: "食品药品安全" },
  { code: "environment", name: "生态环境保护" },
  { code: "agriculture", name: "农业农村" },
  { code: "market-supervision", name: "市场监管" },
];

/** Policy topics; some are deliberately rare so search meets both frequent and rare terms. */
const TOPICS = [
  "农村人居环境整治", "安全生产专项整治", "森林防火", "防汛抗旱", "城乡居民基本医疗保险", "最低生活保障",
  "特困人员救助供养", "高龄津贴发放", "农村危房改造", "义务教育均衡发展", "营商环境优化", "政务公开",
  "双随机一公开监管", "耕地保护", "河长制", "大气污染防治", "生活垃圾分类", "疫苗接种", "乡村振兴",
  "高标准农田建设", "老旧小区改造", "就业创业补贴", "退役军人优待抚恤", "食品安全", "消防安全",
  "防范电信网络诈骗", "地质灾害防治", "农村饮水安全", "秸秆综合利用", "校园安全", "文明城市创建",
  "重大行政决策", "行政执法公示", "政府采购意向", "财政预算执行", "国有资产管理", "公共租赁住房",
  "城镇老旧管网改造", "冬春火灾防控", "非洲猪瘟防控", "耕地地力保护补贴", "残疾人两项补贴", "殡葬改革",
];
const ACTIONS = ["进一步加强", "做好", "深入推进", "全面开展", "切实抓好", "规范", "印发", "调整", "组织开展"];
const DOC_TYPES = ["通知", "实施方案", "工作方案", "实施意见", "管理办法", "公告", "通告", "公示", "批复", "报告"];
const PLAN_TYPES = ["工作要点", "工作方案", "实施方案", "专项行动方案", "应急预案", "考核办法"];

export type Title = { title: string; topic: string };

export function itemTitle(org: OrgName, year: number, random: Random): Title {
  const topic = random.pick(TOPICS);
  const quarter = random.int(1, 4);
  switch (random.int(0, 6)) {
    case 0:
      return { topic, title: `关于印发《${org.short}${year}年${topic}${random.pick(PLAN_TYPES)}》的通知` };
    case 1:
      return { topic, title: `${org.name}关于${random.pick(ACTIONS)}${topic}工作的${random.pick(DOC_TYPES)}` };
    case 2:
      return { topic, title: `${org.short}${year}年第${quarter}季度${topic}资金发放情况公示` };
    case 3:
      return { topic, title: `${org.name}${year}年${topic}工作总结` };
    case 4:
      return { topic, title: `关于${topic}有关事项的${random.pick(DOC_TYPES)}` };
    case 5:
      return { topic, title: `${org.short}${year}年度${topic}情况报告` };
    default:
      return { topic, title: `${org.name}关于${year}年${topic}项目的公告` };
  }
}

const OPENINGS = [
  "为深入贯彻落实党中央、国务院关于{topic}的决策部署，",
  "根据《中华人民共和国政府信息公开条例》和上级有关文件精神，",
  "为切实做好{topic}工作，保障人民群众合法权益，",
  "按照省委、省政府工作要求，结合本地实际，",
  "经{org}研究同意，",
];
const MIDDLES = [
  "现将{year}年{topic}有关事项通知如下。",
  "制定本方案，请认真贯彻执行。",
  "现就{topic}工作提出如下意见。",
  "现将有关情况公告如下。",
];
const STEPS = [
  "一是加强组织领导，成立由主要负责同志任组长的工作专班，明确职责分工，层层压实责任。",
  "二是强化督促检查，采取“四不两直”方式开展明察暗访，对发现的问题建立台账、限期整改。",
  "三是做好宣传引导，通过政府网站、政务新媒体和村务公开栏等渠道及时发布相关信息。",
];
const MEASURES = [
  "各乡镇（街道）、各有关部门要高度重视，确保各项任务按时保质完成。",
  "本年度共安排专项资金{amount}万元，惠及群众{people}人次。",
  "对符合条件的申请对象，经审核后按月足额发放，实行社会化发放，直接打卡到户。",
  "严格落实信息公开制度，公示期为7个工作日，接受社会监督。",
  "坚持问题导向和目标导向，统筹发展和安全，推动工作取得实效。",
  "建立健全长效机制，将{topic}纳入年度绩效考核，考核结果作为评先评优的重要依据。",
  "截至{year}年12月底，累计完成投资{amount}万元，完成年度计划的{percent}%。",
];
const CLOSINGS = [
  "本{doc}自印发之日起施行。",
  "如有异议，请在公示期内向{org}反映。联系电话：0{area}-{phone}。",
  "特此公告。",
  "执行中遇到的问题，请及时向{org}报告。",
];

/** A body of a few hundred characters built from the set phrases of official documents. */
export function itemBody(org: OrgName, year: number, topic: string, random: Random): string {
  const fill = (text: string) =>
    text
      .replaceAll("{topic}", topic)
      .replaceAll("{org}", org.name)
      .replaceAll("{year}", String(year))
      .replaceAll("{doc}", random.pick(DOC_TYPES))
      .replaceAll("{amount}", String(random.int(5, 9_000)))
      .replaceAll("{people}", String(random.int(100, 90_000)))
      .replaceAll("{percent}", String(random.int(60, 120)))
      .replaceAll("{area}", String(random.int(500, 999)))
      .replaceAll("{phone}", String(random.int(1_000_000, 9_999_999)));
  const parts = [fill(random.pick(OPENINGS)) + fill(random.pick(MIDDLES))];
  if (random.chance(0.5)) parts.push(...STEPS);
  // A few distinct measures: a window of the list from a random start, as drafters reuse blocks of text.
  const start = random.int(0, MEASURES.length - 1);
  const count = random.int(2, 5);
  for (let i = 0; i < count; i++) parts.push(fill(MEASURES[(start + i) % MEASURES.length]));
  parts.push(fill(random.pick(CLOSINGS)));
  return parts.join("\n");
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强文斌海燕红梅玉兰";

export function personName(random: Random): string {
  const given = random.int(1, 2);
  let name = SURNAMES[random.int(0, SURNAMES.length - 1)];
  for (let i = 0; i < given; i++) name += GIVEN[random.int(0, GIVEN.length - 1)];
  return name;
}

export function requestDescription(random: Random): string {
  return `申请公开${random.pick(CITIES)}市${random.pick(TOPICS)}相关的${random.pick(["文件", "资金使用情况", "审批材料", "会议纪要", "名单"])}`;
}

/** Search terms of 2, 3 and 4 characters that occur in the generated text, frequent and rare ones. */
export const SEARCH_TERMS: Record<2 | 3 | 4, string[]> = {
  2: ["防汛", "低保", "殡葬", "秸秆"],
  3: ["危房改", "垃圾分", "猪瘟防", "营商环"],
  4: ["人居环境", "营商环境", "地质灾害", "残疾人两"],
};
