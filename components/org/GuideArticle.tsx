import Link from "next/link";
import type { ReactNode } from "react";
import { hrefWith } from "@/lib/items/filters";

/**
 * The 政府信息公开指南: the rules every body follows (条例), with the 受理机构 section given by the caller — one
 * body's contact and guide text on its own section, a way to find the body on the platform's guide.
 */
// Each paragraph is one line of JSX: a line break between two lines of text would render as a space between
// Chinese sentences.
export function GuideArticle({ title, orgCode, office }: { title: string; orgCode?: string; office: ReactNode }) {
  return (
    <article className="space-y-5 rounded bg-white p-4 leading-relaxed shadow-sm">
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold">{title}</h1>
      <section>
        <h2 className="mb-2 text-lg font-bold">一、主动公开</h2>
        <p>
          依照《中华人民共和国政府信息公开条例》第二十条、第二十一条，各机关主动公开机构职能、规范性文件、规划计划、财政预决算等政府信息，自信息形成或者变更之日起20个工作日内公开。公开信息按主题分类编排，每条信息标注索引号、信息名称、发布机构、成文日期、文号等，可在<Link className="text-blue-800 underline" href={hrefWith("/catalogue", { org: orgCode })}>政府信息公开目录</Link>中浏览和检索，也可到档案馆、图书馆查阅。
        </p>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-bold">二、依申请公开</h2>
        <p>
          公民、法人或者其他组织可以通过<Link className="text-blue-800 underline" href={hrefWith("/apply", { org: orgCode })}>在线申请</Link>、信函、传真或当面提交等方式申请获取政府信息。申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者其他特征性描述，以及获取信息的方式和途径（条例第二十九条）。能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的，延长期限最长不超过20个工作日（条例第三十三条）。依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，可以依照《政府信息公开信息处理费管理办法》收取信息处理费。
        </p>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-bold">三、受理机构</h2>
        {office}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-bold">四、监督方式</h2>
        <p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>
      </section>
    </article>
  );
}
