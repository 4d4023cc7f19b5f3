// E-mail to citizens (src/citizen/mail.ts) through a real SMTP server started here (smtp-server on
// 127.0.0.1, a free port): the Vietnamese subject and body arrive in UTF-8 and NFC; after a commit,
// never after a rollback; a refusing or absent server is logged and answered false, never thrown;
// without SMTP_URL nothing is attempted. And the two settings in the checked configuration.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';
import type { Config } from '../src/config.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { atomically } from '../src/db/index.js';
import { closeCitizenMail, mailAfterCommit, sendCitizenMail } from '../src/citizen/mail.js';

interface Received {
  from: string;
  to: string[];
  user?: string;
  raw: string;
}
const received: Received[] = [];
let refuseRcpt = false;
let connections = 0;
const server = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: true,
  logger: false,
  onConnect(_session, cb) {
    connections++;
    cb();
  },
  onAuth(auth, _session, cb) {
    if (auth.username === 'loa' && auth.password === 'mật-khẩu') return cb(null, { user: auth.username });
    return cb(new Error('bad credentials'));
  },
  onRcptTo(_address, _session, cb) {
    if (refuseRcpt) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    cb();
  },
  onData(stream, session, cb) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), user: session.user as string | undefined, raw: Buffer.concat(chunks).toString('latin1') });
      cb();
    });
  },
});

let t: TestApp;
let mailConfig: Config;
let offConfig: Config;
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  t = await testApp({ demo: false });
  offConfig = t.config;
  mailConfig = loadConfig({ SMTP_URL: `smtp://loa:${encodeURIComponent('mật-khẩu')}@127.0.0.1:${port}`, MAIL_FROM: 'Cổng TTĐT phường <no-reply@phuong.example.gov.vn>' });
});
after(async () => {
  closeCitizenMail(mailConfig);
  await t?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Headers unfolded and the body, of a raw message (bytes as latin1). */
function parse(raw: string): { headers: Record<string, string>; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head!.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: rest.join('\r\n\r\n') };
}

/** RFC 2047 encoded words (UTF-8, B or Q), adjacent ones joined byte-wise. */
function decodeWords(s: string): string {
  const parts = s.split(/(=\?utf-8\?[bq]\?[^?]*\?=)/i);
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    const m = /^=\?utf-8\?([bq])\?([^?]*)\?=$/i.exec(p);
    if (m) out.push(m[1]!.toLowerCase() === 'b' ? Buffer.from(m[2]!, 'base64') : Buffer.from(m[2]!.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
    else if (!(/^\s*$/.test(p) && i > 0 && i < parts.length - 1)) out.push(Buffer.from(p, 'latin1'));
  });
  return Buffer.concat(out).toString('utf8');
}

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const silentLog = () => {
  const lines: { obj: object; msg: string }[] = [];
  return { lines, log: { warn: (obj: object, msg: string) => void lines.push({ obj, msg }) } };
};

const subject = 'Câu hỏi HD-7K3M của ông/bà đã có trả lời';
const text = 'Kính gửi ông Nguyễn Văn Đức,\n\nCâu hỏi về thủ tục đăng ký khai sinh đã được trả lời.\nXem tại: https://phuong.example.gov.vn/hoi-dap/HD-7K3M\n\nTrân trọng.';

test('a message arrives with its Vietnamese subject and body, in UTF-8 and NFC, from MAIL_FROM', async () => {
  received.length = 0;
  const ok = await sendCitizenMail(mailConfig, { to: ' duc.nguyen@example.vn ', subject: subject.normalize('NFD'), text: text.normalize('NFD').replace(/\n/g, '\r\n') });
  assert.equal(ok, true);
  assert.equal(received.length, 1);
  const m = received[0]!;
  assert.deepEqual(m.to, ['duc.nguyen@example.vn']);
  assert.equal(m.from, 'no-reply@phuong.example.gov.vn');
  assert.equal(m.user, 'loa', 'signed in with the credentials of SMTP_URL');
  const { headers, body } = parse(m.raw);
  assert.match(headers['content-type']!, /text\/plain; charset=utf-8/i);
  assert.equal(headers['content-transfer-encoding'], 'base64');
  const gotSubject = decodeWords(headers.subject!);
  assert.equal(gotSubject, subject);
  assert.equal(gotSubject, gotSubject.normalize('NFC'));
  assert.match(decodeWords(headers.from!), /^Cổng TTĐT phường <no-reply@phuong\.example\.gov\.vn>$/);
  const gotBody = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n/g, '\n').trimEnd();
  assert.equal(gotBody, text);
  assert.equal(gotBody, gotBody.normalize('NFC'));
});

test('without SMTP_URL nothing is attempted, and mail is off without any error', async () => {
  assert.equal(offConfig.smtpUrl, '');
  const before = connections;
  received.length = 0;
  assert.equal(await sendCitizenMail(offConfig, { to: 'a@example.vn', subject, text }), false);
  await atomically(t.db, async (trx) => mailAfterCommit(trx, offConfig, { to: 'a@example.vn', subject, text }));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(connections, before);
  assert.equal(received.length, 0);
});

test('mail is sent after the commit, and never after a rollback', async () => {
  received.length = 0;
  let outcome: boolean | undefined;
  await assert.rejects(
    atomically(t.db, async (trx) => {
      mailAfterCommit(trx, mailConfig, { to: 'rollback@example.vn', subject, text }, { sent: (ok) => (outcome = ok) });
      throw new Error('the write failed');
    }),
    /the write failed/,
  );
  let sentBeforeCommit = true;
  await atomically(t.db, async (trx) => {
    mailAfterCommit(trx, mailConfig, { to: 'commit@example.vn', subject, text }, { sent: (ok) => (outcome = ok) });
    await new Promise((r) => setTimeout(r, 100));
    sentBeforeCommit = received.length > 0;
  });
  assert.equal(sentBeforeCommit, false);
  await waitFor(() => outcome !== undefined);
  assert.equal(outcome, true);
  assert.deepEqual(received.map((m) => m.to), [['commit@example.vn']]);
});

test('a refused recipient, a bad address or an unreachable server: false and a log line, never a throw', async () => {
  const { lines, log } = silentLog();
  refuseRcpt = true;
  try {
    assert.equal(await sendCitizenMail(mailConfig, { to: 'nobody@example.vn', subject, text }, log), false);
  } finally {
    refuseRcpt = false;
  }
  assert.equal(await sendCitizenMail(mailConfig, { to: 'not an address\r\nBcc: x@example.vn', subject, text }, log), false);
  const closed = loadConfig({ SMTP_URL: 'smtp://127.0.0.1:1', MAIL_FROM: 'no-reply@example.vn' });
  assert.equal(await sendCitizenMail(closed, { to: 'a@example.vn', subject, text }, log), false);
  closeCitizenMail(closed);
  assert.equal(lines.length, 3);
  assert.ok(lines.every((l) => /citizen mail not sent/.test(l.msg) && !JSON.stringify(l.obj).includes('nobody@')), JSON.stringify(lines));
});

test('SMTP_URL and MAIL_FROM are checked with the other settings; the URL (it holds a password) is never echoed', () => {
  const c = loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', MAIL_FROM: 'no-reply@example.vn' });
  assert.equal(c.smtpUrl, 'smtps://u:p@mail.example.vn:465');
  assert.equal(c.mailFrom, 'no-reply@example.vn');
  assert.equal(loadConfig({ SMTP_URL: '', MAIL_FROM: '' }).smtpUrl, '');
  for (const [env, keys] of [
    [{ SMTP_URL: 'http://u:secret@mail.example.vn', MAIL_FROM: 'không phải địa chỉ' }, ['MAIL_FROM', 'SMTP_URL']],
    [{ SMTP_URL: 'smtp://u:secret@mail.example.vn' }, ['MAIL_FROM']],
    [{ SMTP_URL: 'smtp//secret', MAIL_FROM: 'A <a@example.vn>\r\nBcc: b@example.vn' }, ['MAIL_FROM', 'SMTP_URL']],
  ] as const) {
    try {
      loadConfig(env);
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.deepEqual(e.problems.map((p) => p.split(':')[0]).sort(), keys);
      assert.ok(!e.message.includes('secret'), 'the SMTP password is not echoed');
      assert.match(e.message, /\((must|required)/);
    }
  }
});
