// `loa serve`: start, listen, and shut down cleanly on SIGTERM/SIGINT.
import type { Config } from './config.js';
import { buildApp } from './app.js';
import { firstStart, openRuntime } from './runtime.js';

export async function serve(config: Config): Promise<void> {
  const rt = await openRuntime(config);
  const first = await firstStart(rt);
  const app = await buildApp({ config, db: rt.handle.db, dialect: rt.handle.dialect, storage: rt.storage, clock: Date.now });
  if (first.demoLoaded) app.log.info('Đã nạp nội dung mẫu (demo content loaded)');
  if (first.generatedPassword) {
    process.stdout.write(
      `\n  Tài khoản quản trị đã được tạo / administrator created\n  Tên đăng nhập: admin\n  Mật khẩu:      ${first.generatedPassword}\n  (chỉ hiển thị một lần — shown only once)\n\n`,
    );
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'đang dừng (shutting down)');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
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
  const address = await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Loa đang chạy tại ${address}\n`);
}
