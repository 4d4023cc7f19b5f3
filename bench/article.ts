// npm run bench — the article page of Loa (SQLite, demo content, counting on) beside nginx serving
// the same HTML as a static file, each loaded with autocannon on 127.0.0.1 in the same run.
// Prints requests/s, p50/p99 latency and peak RSS for each, the ratio Loa/nginx, and checks that
// the stored view count grew by exactly the number of 2xx responses Loa gave.
// Options (environment): BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_WARMUP (3).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { openRuntime } from '../src/runtime.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { serveProcess } from '../test/helpers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const PATH = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

function rssOf(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      kb += m ? Number(m[1]) : 0;
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

async function load(url: string, seconds: number, pids: number[]) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pids))), 200);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { 'user-agent': UA, cookie: 'loa_k=benchReaderBenchReader' } });
  clearInterval(sampler);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, rss: peak };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'bench-password-123', HOST: '127.0.0.1' };

async function viewsStored(): Promise<number> {
  const rt = await openRuntime(loadConfig(env));
  try {
    const r = await rt.handle.db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    return r.view_count;
  } finally {
    await rt.close();
  }
}

const loa = serveProcess(env);
const loaUrl = await loa.ready;
try {
  // The same HTML, as a static file behind nginx.
  const html = await (await fetch(loaUrl + PATH, { headers: { 'user-agent': 'Googlebot/2.1' } })).text();
  const root = path.join(dataDir, 'nginx');
  fs.mkdirSync(path.join(root, 'www'), { recursive: true });
  fs.writeFileSync(path.join(root, 'www', 'article.html'), html);
  fs.chmodSync(dataDir, 0o755);
  const nginxPort = 18000 + Math.floor(Math.random() * 1000);
  fs.writeFileSync(
    path.join(root, 'nginx.conf'),
    `worker_processes auto;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:${nginxPort};
    root ${root}/www;
    location / { try_files $uri =404; }
  }
}
`,
  );
  const nginx = spawn('/usr/sbin/nginx', ['-p', root, '-c', path.join(root, 'nginx.conf'), '-g', 'daemon off; user root;'], { stdio: 'inherit' });
  await new Promise((r) => setTimeout(r, 500));
  const nginxPids = () => {
    const master = nginx.pid!;
    const kids = fs
      .readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(master);
        } catch {
          return false;
        }
      })
      .map(Number);
    return [master, ...kids];
  };

  try {
    const before = await viewsStored();
    console.log(`Loa ${loaUrl}${PATH}\nnginx http://127.0.0.1:${nginxPort}/article.html (${html.length} bytes)\n${CONNECTIONS} connections, ${WARMUP} s warm-up, ${SECONDS} s measured, on ${os.cpus().length} cores\n`);
    const warmLoa = await load(loaUrl + PATH, WARMUP, [loa.child.pid!]);
    const warmNginx = await load(`http://127.0.0.1:${nginxPort}/article.html`, WARMUP, nginxPids());
    const n = await load(`http://127.0.0.1:${nginxPort}/article.html`, SECONDS, nginxPids());
    const l = await load(loaUrl + PATH, SECONDS, [loa.child.pid!]);
    void warmNginx;
    const row = (name: string, r: typeof l) =>
      `${name.padEnd(7)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${r.rss.toFixed(0).padStart(8)}   ${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;
    console.log('server      req/s  p50 ms  p99 ms   RSS MB');
    console.log(row('nginx', n));
    console.log(row('Loa', l));
    console.log(`\nLoa/nginx requests/s: ${(l.rps / n.rps).toFixed(2)} (target ≥ 0.5)`);
    console.log(`Loa p99: ${l.p99} ms (target ≤ 20)   Loa peak RSS: ${l.rss.toFixed(0)} MB (target ≤ 200)`);

    loa.child.kill('SIGTERM'); // writes the last counts
    await loa.exited;
    const after = await viewsStored();
    const counted = warmLoa.ok + l.ok;
    console.log(`\nviews stored: ${before} → ${after} (+${after - before}); 2xx responses from Loa: ${counted} → ${after - before === counted ? 'EXACT' : 'MISMATCH'}`);
    if (after - before !== counted) process.exitCode = 1;
  } finally {
    nginx.kill('SIGQUIT');
  }
} finally {
  loa.child.kill('SIGTERM');
  await loa.exited.catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
