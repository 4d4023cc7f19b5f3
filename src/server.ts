// `loa serve`: start, listen, and shut down cleanly on SIGTERM/SIGINT. With WORKERS > 1 the
// primary prepares the database once, then forks workers that serve on the same port
// (node:cluster); counts from every worker add up in the database like those of any instance.
import cluster from 'node:cluster';
import type { Config } from './config.js';
import { buildApp } from './app.js';
import { firstStart, openRuntime } from './runtime.js';
import { startScheduler } from './workflow/scheduler.js';

function announcePassword(password: string | undefined) {
  if (!password) return;
  process.stdout.write(
    `\n  Tài khoản quản trị đã được tạo / administrator created\n  Tên đăng nhập: admin\n  Mật khẩu:      ${password}\n  (chỉ hiển thị một lần — shown only once)\n\n`,
  );
}

/** One process serving: open, (first start unless a worker), listen; SIGTERM closes and writes the last counts. */
async function serveHere(config: Config, { worker }: { worker: boolean }): Promise<string> {
  const rt = await openRuntime(config);
  const first = worker ? undefined : await firstStart(rt);
  const app = await buildApp({ config, db: rt.handle.db, dialect: rt.handle.dialect, storage: rt.storage, clock: Date.now });
  if (first?.demoLoaded) app.log.info('Đã nạp nội dung mẫu (demo content loaded)');
  if (first?.searchRebuilt.length) app.log.info({ sites: first.searchRebuilt }, 'Đã lập lại chỉ mục tìm kiếm (search index rebuilt)');
  announcePassword(first?.generatedPassword);
  // Scheduled articles are published at their time, and the trash emptied hourly; safe on every instance.
  const stopScheduler = startScheduler(rt.handle.db, Date.now, 15_000, (err) => app.log.error({ err }, 'scheduled publication failed'));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'đang dừng (shutting down)');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      stopScheduler();
      await app.close();
      await rt.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return app.listen({ port: config.port, host: config.host });
}

export async function serve(config: Config): Promise<void> {
  if (cluster.isWorker) {
    await serveHere(config, { worker: true });
    return;
  }
  if (config.workers <= 1) {
    const address = await serveHere(config, { worker: false });
    process.stdout.write(`Loa đang chạy tại ${address}\n`);
    return;
  }

  // Primary: prepare once, then fork.
  const rt = await openRuntime(config);
  const first = await firstStart(rt);
  await rt.close();
  announcePassword(first.generatedPassword);
  let stopping = false;
  let announced = false;
  const fork = () => cluster.fork();
  cluster.on('listening', (_w, address) => {
    if (announced) return;
    announced = true;
    const host = address.address && address.address.includes(':') ? `[${address.address}]` : address.address || config.host;
    process.stdout.write(`Loa đang chạy tại http://${host}:${address.port} (${config.workers} tiến trình)\n`);
  });
  cluster.on('exit', (w, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    process.stderr.write(`Tiến trình ${w.process.pid} dừng (mã ${code}); khởi động lại.\n`);
    setTimeout(fork, 500);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => process.exit(1), 12_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < config.workers; i++) fork();
}
