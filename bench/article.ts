// npm run bench — the article page of Loa (SQLite, demo content, counting on) beside nginx serving
// the same HTML as a static file, all loaded with wrk on 127.0.0.1 in the same run, for both kinds
// of reader: returning (the loa_k cookie) and first visit (no cookie: every request derives the
// reader's id and gets the cookie back). Prints requests/s, p50/p99 latency and peak RSS for each
// and each ratio Loa/nginx; then sends a fixed number of requests of each kind with autocannon and
// checks that the stored view count grew by exactly the number of 2xx responses.
// Environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_WARMUP (3), WORKERS (auto).
import { execFileSync, spawn } from 'node:child_process';
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
const WORKERS = process.env.WORKERS ?? 'auto';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const RETURNING = { 'User-Agent': UA, Cookie: 'loa_k=benchReaderBenchReader' };
const FIRST_VISIT = { 'User-Agent': UA };
const PATH = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

for (const tool of ['/usr/bin/wrk', '/usr/sbin/nginx']) {
  if (!fs.existsSync(tool)) {
    console.error(`${tool} is missing: apt-get install -y wrk nginx-light`);
    process.exit(1);
  }
}

/** The process and all its descendants. */
function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    for (const d of fs.readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
      try {
        if (fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(out[i])) out.push(Number(d));
      } catch {
        /* gone */
      }
    }
  }
  return out;
}

function rssMb(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)![1]) / 1024;
  } catch {
    return 0;
  }
}

interface Result {
  rps: number;
  p50: string;
  p99: string;
  requests: number;
  non2xx: number;
  maxRss: number; // the largest single process
  sumRss: number; // all processes together
}

function wrk(url: string, seconds: number, pids: number[], headers: Record<string, string> = RETURNING): Promise<Result> {
  let maxRss = 0;
  let sumRss = 0;
  const sampler = setInterval(() => {
    const each = pids.map(rssMb);
    maxRss = Math.max(maxRss, ...each);
    sumRss = Math.max(sumRss, each.reduce((a, b) => a + b, 0));
  }, 250);
  return new Promise((resolve, reject) => {
    const h = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
    const child = spawn('/usr/bin/wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', ...h, url]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(sampler);
      const num = (re: RegExp) => out.match(re)?.[1] ?? '0';
      resolve({
        rps: Number(num(/Requests\/sec:\s+([\d.]+)/)),
        p50: num(/^\s+50%\s+(\S+)/m),
        p99: num(/^\s+99%\s+(\S+)/m),
        requests: Number(num(/(\d+) requests in/)),
        non2xx: Number(num(/Non-2xx or 3xx responses: (\d+)/)),
        maxRss,
        sumRss,
      });
    });
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'));
fs.chmodSync(dataDir, 0o755);
const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'bench-password-123', HOST: '127.0.0.1', WORKERS };

async function viewsStored(): Promise<number> {
  const rt = await openRuntime(loadConfig({ ...env, WORKERS: '1' }));
  try {
    return (await rt.handle.db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow()).view_count;
  } finally {
    await rt.close();
  }
}

// First start (demo content, images) in a process of its own; the measured server is a restart,
// as a server in service is.
const init = serveProcess({ ...env, WORKERS: '1' });
await init.ready;
init.child.kill('SIGTERM');
await init.exited;

const loa = serveProcess(env);
const loaUrl = await loa.ready;
const root = path.join(dataDir, 'nginx');
const nginxPort = 18000 + Math.floor(Math.random() * 1000);
let nginx: ReturnType<typeof spawn> | undefined;
try {
  const html = await (await fetch(loaUrl + PATH, { headers: { 'user-agent': 'Googlebot/2.1' } })).text();
  fs.mkdirSync(path.join(root, 'www'), { recursive: true });
  fs.writeFileSync(path.join(root, 'www', 'article.html'), html);
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
  nginx = spawn('/usr/sbin/nginx', ['-p', root, '-c', path.join(root, 'nginx.conf'), '-g', 'daemon off; user root;'], { stdio: 'inherit' });
  await new Promise((r) => setTimeout(r, 500));
  const nginxUrl = `http://127.0.0.1:${nginxPort}/article.html`;
  const loaPids = tree(loa.child.pid!);
  const nginxPids = tree(nginx.pid!);
  const cores = os.availableParallelism();
  console.log(`Loa   ${loaUrl}${PATH} (WORKERS=${WORKERS}: ${loaPids.length} processes)`);
  console.log(`nginx ${nginxUrl} (${html.length} bytes, ${nginxPids.length} processes)`);
  console.log(`wrk -t2 -c${CONNECTIONS}, ${WARMUP} s warm-up, ${SECONDS} s measured, ${cores} cores, node ${process.version}, ${execFileSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || 'nginx'}`.trim());

  await wrk(loaUrl + PATH, WARMUP, loaPids, RETURNING);
  await wrk(loaUrl + PATH, WARMUP, loaPids, FIRST_VISIT);
  await wrk(nginxUrl, WARMUP, nginxPids);
  const n = await wrk(nginxUrl, SECONDS, nginxPids);
  const back = await wrk(loaUrl + PATH, SECONDS, loaPids, RETURNING);
  const first = await wrk(loaUrl + PATH, SECONDS, loaPids, FIRST_VISIT);
  const row = (name: string, r: Result) =>
    `${name.padEnd(16)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.padStart(8)} ${r.p99.padStart(8)} ${r.maxRss.toFixed(0).padStart(10)} ${r.sumRss.toFixed(0).padStart(9)}   ${r.requests} requests, ${r.non2xx} non-2xx`;
  console.log('\nserver              req/s      p50      p99  RSS/proc MB  total MB');
  console.log(row('nginx', n));
  console.log(row('Loa, returning', back));
  console.log(row('Loa, first visit', first));
  for (const [name, l] of [['returning', back], ['first visit', first]] as const) {
    console.log(`\nLoa/nginx requests/s, ${name}: ${(l.rps / n.rps).toFixed(2)}   (target ≥ 0.5)`);
    console.log(`Loa p99 latency, ${name}: ${l.p99}   (target ≤ 20 ms)`);
  }
  console.log(`\nLoa RSS, largest process: ${Math.max(back.maxRss, first.maxRss).toFixed(0)} MB   (target ≤ 200 MB)`);

  // Exactness: a fixed number of requests, every response awaited.
  const AMOUNT = 20_000;
  await new Promise((r) => setTimeout(r, 2500)); // the load's counts are written
  const before = await viewsStored();
  let ok = 0;
  let other = 0;
  for (const headers of [RETURNING, FIRST_VISIT]) {
    const r = await autocannon({ url: loaUrl + PATH, connections: CONNECTIONS, amount: AMOUNT, headers });
    ok += r['2xx'];
    other += r.non2xx;
  }
  await new Promise((res) => setTimeout(res, 2500));
  const after = await viewsStored();
  const exact = after - before === ok;
  console.log(`\nexactness (${AMOUNT} returning, then ${AMOUNT} first visits): ${ok} responses 2xx (${other} other) → view count ${before} → ${after} (+${after - before}): ${exact ? 'EXACT' : 'MISMATCH'}`);
  if (!exact) process.exitCode = 1;
} finally {
  nginx?.kill('SIGQUIT');
  loa.child.kill('SIGTERM');
  await loa.exited.catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
