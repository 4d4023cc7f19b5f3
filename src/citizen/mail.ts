// E-mail to citizens (a question's tracking code, its answer…), through the SMTP server of SMTP_URL
// when one is configured; without it no mail is sent and nothing complains. A mail never fails the
// citizen's request: sendCitizenMail logs a failure and answers false. A module sends after its
// write has committed (mailAfterCommit), so a rolled-back write tells nobody anything.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { EMAIL } from '../vi/contact.js';
import type { Db } from '../db/index.js';
import { afterCommit } from '../db/index.js';
import { cleanLine, cleanText } from '../vi/index.js';

export interface CitizenMail {
  /** One address (a citizen's, as typed in the form). */
  to: string;
  subject: string;
  /** Plain text; sent as UTF-8, NFC. */
  text: string;
}

/** Where failures go: Fastify's logger (req.log, app.log) fits. */
export interface MailLog {
  warn(obj: object, msg: string): void;
}

const consoleLog: MailLog = { warn: (obj, m) => console.warn(m, obj) };

// One transport per configuration (a pool of connections to the server).
const transports = new WeakMap<Config, Transporter>();
function transportOf(config: Config): Transporter {
  let t = transports.get(config);
  if (!t) {
    // A server that hangs holds no request for long: connect, greet and answer within these.
    t = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(config, t);
  }
  return t;
}

/** True when citizens can be told by e-mail (SMTP_URL is set). */
export const mailEnabled = (config: Config) => config.smtpUrl !== '';

/**
 * Sends one message to a citizen; true once the server accepted it. False, without trying, when
 * SMTP_URL is not set or the address is not one; false, logged, when the server refused or could
 * not be reached. Never throws.
 */
export async function sendCitizenMail(config: Config, mail: CitizenMail, log: MailLog = consoleLog): Promise<boolean> {
  if (!mailEnabled(config)) return false;
  const to = cleanLine(mail.to);
  if (!EMAIL.test(to)) {
    log.warn({ mail: 'citizen' }, 'citizen mail not sent: not an e-mail address');
    return false;
  }
  try {
    await transportOf(config).sendMail({ from: config.mailFrom, to, subject: cleanLine(mail.subject), text: cleanText(mail.text), textEncoding: 'base64' });
    return true;
  } catch (err) {
    // The address stays out of the log (personal data); the server's reason goes in.
    log.warn({ mail: 'citizen', err: err instanceof Error ? err.message : String(err) }, 'citizen mail not sent');
    return false;
  }
}

/**
 * Sends the mail once trx (a transaction opened by atomically) has committed — never after a
 * rollback — without holding up the response; `sent` hears the outcome (tests, a count).
 */
export function mailAfterCommit(trx: Db, config: Config, mail: CitizenMail, opts: { log?: MailLog; sent?: (ok: boolean) => void } = {}): void {
  if (!mailEnabled(config)) return;
  afterCommit(trx, () => {
    void sendCitizenMail(config, mail, opts.log).then((ok) => opts.sent?.(ok));
  });
}

/** Closes the connections kept to the SMTP server (at shutdown, after a test). */
export function closeCitizenMail(config: Config): void {
  transports.get(config)?.close();
  transports.delete(config);
}
