// Slow and piled-up connections over real sockets: a body sent a byte at a time gets 408 when the
// request timeout ends, slow headers are cut off, and one address may hold only so many connections.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';
import { loadConfig } from '../src/config.js';

let t: TestApp;
let port: number;

before(async () => {
  t = await testApp({ env: { REQUEST_TIMEOUT_MS: '2000', HEADERS_TIMEOUT_MS: '1000', KEEP_ALIVE_TIMEOUT_MS: '1000', MAX_CONNECTIONS_PER_IP: '5' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
after(() => t.close());

/** A raw connection that records what the server sent and when it closed. */
function connect(): Promise<{ socket: net.Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const started = Date.now();
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (data += d));
    const closed = new Promise<number>((r) => socket.on('close', () => r(Date.now() - started)));
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

/** When the connection closed (ms after it opened), or -1 if still open after `limitMs`; then it is closed here. */
async function closedWithin(c: { socket: net.Socket; closed: Promise<number> }, limitMs: number): Promise<number> {
  const ms = await Promise.race([c.closed, new Promise<number>((r) => setTimeout(() => r(-1), limitMs))]);
  c.socket.destroy();
  return ms;
}

/** Writes one byte every `everyMs` until the socket closes or `limitMs` passes. */
function trickle(socket: net.Socket, text: string, everyMs: number, limitMs: number) {
  let i = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    if (socket.destroyed || Date.now() - started > limitMs) return clearInterval(timer);
    socket.write(text[i++ % text.length]!);
  }, everyMs);
  return () => clearInterval(timer);
}

describe('slow connections', () => {
  test('a body sent a byte at a time: 408 when the request timeout ends, the connection closed', async () => {
    const c = await connect();
    c.socket.write('POST /dang-nhap HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n');
    const stop = trickle(c.socket, 'username=a&', 200, 8000);
    const ms = await closedWithin(c, 8000);
    stop();
    assert.match(c.received(), /^HTTP\/1\.1 408 /, 'answered 408 Request Timeout');
    assert.ok(ms >= 1900 && ms < 5000, `closed after the 2 s request timeout, not ${ms} ms`);
  });

  test('headers sent a byte at a time are cut off by the header timeout', async () => {
    const c = await connect();
    c.socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
    const stop = trickle(c.socket, 'X-Cham: aaaaaaaaaaaa\r\n', 150, 8000);
    const ms = await closedWithin(c, 8000);
    stop();
    assert.ok(ms >= 0 && ms < 4000, `closed within the 1 s header timeout (checked every second), not ${ms} ms`);
    assert.doesNotMatch(c.received(), /HTTP\/1\.1 200/);
  });

  test('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
    const c = await connect();
    c.socket.write('GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const ms = await closedWithin(c, 8000);
    assert.match(c.received(), /^HTTP\/1\.1 200 /);
    assert.ok(ms >= 0 && ms < 4000, `closed after about 1 s idle, not ${ms} ms`);
  });
});

describe('connections per address', () => {
  test('beyond the cap a connection is closed at once; when one ends another may come', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => connect()));
    try {
      const ms = await closedWithin(await connect(), 1500);
      assert.ok(ms >= 0 && ms < 1000, `the sixth connection is closed at once (${ms} ms)`);
      held[0]!.socket.destroy();
      await held[0]!.closed;
      await new Promise((r) => setTimeout(r, 50));
      const next = await connect();
      next.socket.write('GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      await closedWithin(next, 5000);
      assert.match(next.received(), /^HTTP\/1\.1 200 /, 'a place freed is given to the next connection');
    } finally {
      for (const h of held) h.socket.destroy();
    }
  });
});

describe('configuration', () => {
  test('defaults suited to a portal, bounds checked', () => {
    const c = loadConfig({});
    assert.equal(c.requestTimeoutMs, 30_000);
    assert.equal(c.headersTimeoutMs, 10_000);
    assert.equal(c.keepAliveTimeoutMs, 5_000);
    assert.equal(c.maxConnectionsPerIp, 128);
    assert.throws(() => loadConfig({ REQUEST_TIMEOUT_MS: 'nhanh' }), /REQUEST_TIMEOUT_MS/);
    assert.throws(() => loadConfig({ MAX_CONNECTIONS_PER_IP: '0' }), /MAX_CONNECTIONS_PER_IP/);
  });
});
