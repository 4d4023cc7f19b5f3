import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';

test('defaults', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.dataDir, path.resolve('./data'));
  assert.equal(c.database, 'sqlite');
  assert.ok(Object.isFrozen(c), 'line 12');
});

test('PostgreSQL when DATABASE_URL is set', () => {
  const c = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/loa', BASE_URL: 'https://tamdiep.ninhbinh.gov.vn/' });
  assert.equal(c.database, 'postgres');
  assert.equal(c.baseUrl, 'https://tamdiep.ninhbinh.gov.vn');
});

test('every problem is listed at once', () => {
  try {
    loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', BASE_URL: 'ftp://x', LOG_LEVEL: 'loud', ADMIN_PASSWORD: 'short' });
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof ConfigError, 'line 26');
    const keys = e.problems.map((p) => p.split(':')[0]);
    assert.deepEqual(keys.sort(), ['ADMIN_PASSWORD', 'BASE_URL', 'DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    assert.ok(!e.message.includes('short'), 'secrets are not echoed');
  }
});
