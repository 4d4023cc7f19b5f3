// The public question form's fields, limits and checks (one schema; every message beside its field).
import { z } from 'zod';
import type { FieldRule } from '../backoffice/form.js';
import { fieldsOf, formCheck } from '../backoffice/form.js';
import { msg } from '../messages/index.js';
import { EMAIL } from '../vi/contact.js';

const t = msg.questions;

export const FIELD_RULES = {
  name: { label: t.name, max: 100, required: true },
  email: { label: t.email, max: 200 },
  phone: { label: t.phone, max: 30 },
  address: { label: t.address, max: 300 },
  topic: { label: t.topic, max: 200 },
  title: { label: t.title, max: 200, required: true },
  body: { label: t.body, max: 5000, required: true, multiline: true },
} satisfies Record<string, FieldRule & { required?: boolean }>;

const PHONE = /^[0-9+().\- ]{6,30}$/;

export const askForm = z.object(fieldsOf(FIELD_RULES)).check(
  formCheck((f, add, refused) => {
    if (!refused('email') && !refused('phone') && !f.email && !f.phone) {
      add('email', t.contactRequired);
      add('phone', t.contactRequired);
    }
    if (!refused('email') && f.email && !EMAIL.test(f.email)) add('email', t.badEmail);
    if (!refused('phone') && f.phone && !PHONE.test(f.phone)) add('phone', t.badPhone);
  }),
);
