import { parseCommandLine } from "@/lib/cli";
import { DomainError } from "@/lib/errors";
import { firstRun, firstRunSchema } from "@/lib/organizations/first-run";

const USAGE = `用法：npm run setup -- --org-code <编码> --org-name <名称> --org-kind <类别> --index-prefix <索引号前缀> --admin-username <用户名> --admin-name <姓名>
  类别：provincial_government | city_government | county_government | department | township | region`;

async function main(args: string[]): Promise<number> {
  const text = { type: "string" } as const;
  const parsed = parseCommandLine(args, {
    "org-code": text,
    "org-name": text,
    "org-kind": text,
    "index-prefix": text,
    "admin-username": text,
    "admin-name": text,
  });
  if (typeof parsed === "string" || parsed.positionals.length > 0) {
    console.error(`${typeof parsed === "string" ? parsed : `多余的参数：${parsed.positionals.join(" ")}`}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  const fields = { code: "org-code", name: "org-name", kind: "org-kind", indexPrefix: "index-prefix", adminUsername: "admin-username", adminName: "admin-name" } as const;
  const input = firstRunSchema.safeParse(Object.fromEntries(Object.entries(fields).map(([field, option]) => [field, v[option]])));
  if (!input.success) {
    for (const issue of input.error.issues) console.error(`  --${fields[issue.path[0] as keyof typeof fields]}：${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  try {
    const { password } = await firstRun(input.data);
    console.log(`已创建机关 ${input.data.name}（${input.data.code}）和平台管理员 ${input.data.adminUsername}。`);
    console.log(`初始密码（只显示这一次）：${password}`);
    console.log("请用它登录后台 /login，系统会要求立即修改密码。");
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error("初始化失败，未作任何更改：", error);
    process.exit(1);
  },
);
