import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
export type CommandLine<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

/**
 * The options and positional arguments of a command. An unknown option, or one missing its value, is refused with
 * a message in Chinese (returned as a string): an ignored typo such as `--dryrun` would write what the user meant
 * to try.
 */
export function parseCommandLine<const T extends Options>(args: string[], options: T): CommandLine<T> | string {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知选项：${option}`;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `选项 ${option} 缺少取值或取值无效`;
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `多余的参数：${message}`;
    throw error;
  }
}
