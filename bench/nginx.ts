import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type Server } from "./http";

// The deployment of docs/DEPLOYMENT.md §2 for the benchmark: Debian's nginx in front of several app instances, its
// upstream (keepalive 32) and proxy headers, in plain HTTP on a loopback port. Everything nginx writes (pid, logs,
// temporary files) stays in a temporary directory; the server's own /etc/nginx is neither read nor changed.

export const NGINX = "/usr/sbin/nginx";

/**
 * nginx.conf for `nginx -p <dir> -c nginx.conf`: relative paths are inside `<dir>`. As Debian's nginx.conf:
 * `worker_processes auto`, `sendfile`, `tcp_nopush`, an access log (here in the directory); as DEPLOYMENT.md's
 * `location /`, without TLS.
 */
export function nginxConfig(port: number, upstreams: number[]): string {
  return `daemon off;
worker_processes auto;
pid nginx.pid;
error_log stderr warn;
events {
    worker_connections 1024;
}
http {
    sendfile on;
    tcp_nopush on;
    access_log access.log;
    client_body_temp_path tmp/body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    upstream gongkai {
${upstreams.map((p) => `        server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;\n`).join("")}        keepalive 32;
    }
    server {
        listen 127.0.0.1:${port};
        client_max_body_size 50m;
        location / {
            proxy_pass http://gongkai;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
`;
}

/** Starts nginx on `port` in front of the instances listening on `upstreams`; stop() also removes its directory. */
export async function startNginx(port: number, upstreams: number[]): Promise<Server> {
  if (!fs.existsSync(NGINX)) throw new Error(`找不到 ${NGINX}：请先安装 Debian 的 nginx（apt-get install nginx）`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-nginx-"));
  // Started as root, nginx's workers run as nobody: they need to reach tmp/ (nginx makes it theirs).
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, "tmp"));
  fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig(port, upstreams));
  try {
    const server = await startServer("nginx", NGINX, ["-p", `${dir}/`, "-c", "nginx.conf", "-e", "stderr"], { port, env: {}, readyPath: "/" });
    return { ...server, stop: () => server.stop().finally(() => fs.rmSync(dir, { recursive: true, force: true })) };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
