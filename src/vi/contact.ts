// How a citizen's or an agency's contact is written: one e-mail address pattern for the config's
// MAIL_FROM, the public forms and the mail sender, so what a form accepts can always be sent to.

/** An e-mail address: a local part without spaces or specials, a host name with at least one dot. */
export const EMAIL = /^[^\s@<>()",;:\\[\]]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
