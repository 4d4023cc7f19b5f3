// How long a connection may take and how many one address may hold, so that slow or piled-up
// connections (one byte every few seconds, hundreds of idle sockets) cannot tie up a process:
// Node's request, header and keep-alive timeouts from the config, checked every second (Node's
// default check runs every 30 s), and a cap on open connections per remote address. Behind a
// trusted proxy every connection comes from the proxy, which limits per client itself.
import http from 'node:http';
import type { Config } from '../config.js';

type Limits = Pick<Config, 'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs' | 'maxConnectionsPerIp' | 'trustProxy'>;

export function createHttpServer(limits: Limits, handler: http.RequestListener): http.Server {
  const server = http.createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    handler,
  );
  if (!limits.trustProxy) {
    const open = new Map<string, number>();
    server.on('connection', (socket) => {
      const address = socket.remoteAddress ?? '';
      const n = (open.get(address) ?? 0) + 1;
      if (n > limits.maxConnectionsPerIp) {
        socket.destroy();
        return;
      }
      open.set(address, n);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      });
    });
  }
  return server;
}
