// The production server: Next's request handler (the documented custom server) behind the public-page cache
// (lib/public-cache/). `npm start` bundles it with esbuild into .next/gongkai-server.js and runs that (tsx's loader
// would cost ~115 MB of resident memory). The port is `-p <port>` or PORT (default 3000), the address HOSTNAME.
import http from "node:http";
import { loadEnvConfig } from "@next/env";

async function main() {
  Object.assign(process.env, { NODE_ENV: "production" });
  loadEnvConfig(process.cwd()); // .env files, as `next start` reads them, before lib/env.ts does
  const [{ default: next }, { env }, { PageStore }, { withPublicCache }, { openVersionReader }] = await Promise.all([
    import("next"),
    import("@/lib/env"),
    import("@/lib/public-cache/store"),
    import("@/lib/public-cache/handler"),
    import("@/lib/public-cache/version-reader"),
  ]);
  const flag = process.argv.findIndex((arg) => arg === "-p" || arg === "--port");
  const port = Number(flag === -1 ? (process.env.PORT ?? 3000) : process.argv[flag + 1]);
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextHandler = (request: http.IncomingMessage, response: http.ServerResponse) => handle(request, response);
  const handler =
    env.PUBLIC_CACHE_MB > 0
      ? withPublicCache(nextHandler, new PageStore(env.PUBLIC_CACHE_MB * 1048576, env.PUBLIC_CACHE_TTL_SECONDS * 1000), openVersionReader(env.DATABASE_URL).read, console.error)
      : nextHandler;
  http
    .createServer((request, response) => {
      handler(request, response).catch((error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    })
    .listen(port, process.env.HOSTNAME, () => console.log(`Gongkai listening on port ${port}`));
  // Exit on a stop signal as `next start` does (and so that `node --cpu-prof` writes its profile).
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
