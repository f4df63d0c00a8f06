import { describe, expect, it } from "vitest";
import { nginxConfig } from "./nginx";

describe("nginxConfig", () => {
  it("is docs/DEPLOYMENT.md §2's upstream and location / on a loopback port, everything nginx writes under -p", () => {
    expect(nginxConfig(3125, [3105, 3106])).toBe(`daemon off;
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
        server 127.0.0.1:3105 max_fails=3 fail_timeout=10s;
        server 127.0.0.1:3106 max_fails=3 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:3125;
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
`);
  });
});
