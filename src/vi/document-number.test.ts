import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberMismatch, readDocumentNumber } from './document-number.js';

const ok = (typed: string) => {
  const r = readDocumentNumber(typed);
  if (!('ok' in r)) assert.fail(`${typed}: ${r.problem}`);
  return r.ok;
};
const problem = (typed: string) => {
  const r = readDocumentNumber(typed);
  if (!('problem' in r)) assert.fail(`${typed} was accepted as ${r.ok.text}`);
  return r.problem;
};

test('the usual forms, stored one way', () => {
  assert.deepEqual(ok('123/QĐ-UBND'), { text: '123/QĐ-UBND', number: 123, type: 'QĐ', issuer: 'UBND', units: [] });
  assert.deepEqual(ok('05/2020/NĐ-CP'), { text: '05/2020/NĐ-CP', number: 5, year: 2020, type: 'NĐ', issuer: 'CP', units: [] });
  assert.deepEqual(ok('1234/UBND-VP'), { text: '1234/UBND-VP', number: 1234, issuer: 'UBND', units: ['VP'] }, 'a công văn: issuer, then unit');
  assert.equal(ok('45/KH-UBND-VP').text, '45/KH-UBND-VP');
  assert.equal(ok('7/TTr-UBND').text, '07/TTr-UBND', 'numbers under 10 take a 0 (NĐ 30/2020)');
  assert.equal(ok('12/QyĐ-UBND').type, 'QyĐ');
});

test('what people type: NFD, lower case, spaces, other dashes and slashes, a leading "Số:"', () => {
  const nfd = '123/QĐ-UBND'.normalize('NFD');
  assert.equal(ok(nfd).text, '123/QĐ-UBND');
  assert.equal(ok('123/qđ-ubnd').text, '123/QĐ-UBND');
  assert.equal(ok('123 / QĐ – UBND').text, '123/QĐ-UBND');
  assert.equal(ok('123/QĐ—UBND').text, '123/QĐ-UBND');
  assert.equal(ok('123／QĐ‑UBND').text, '123/QĐ-UBND');
  assert.equal(ok('Số: 123/QĐ-UBND').text, '123/QĐ-UBND');
  assert.equal(ok('123/ttr-ubnd').text, '123/TTr-UBND');
});

test('bad numbers are named in Vietnamese', () => {
  assert.match(problem(''), /Chưa nhập/);
  assert.match(problem('QĐ-UBND'), /không đúng dạng/);
  assert.match(problem('abc/QĐ-UBND'), /phải là một số/);
  assert.match(problem('0/QĐ-UBND'), /từ 1 trở lên/);
  assert.match(problem('5/20/NĐ-CP'), /4 chữ số/);
  assert.match(problem('5/QĐ--UBND'), /gạch thừa/);
  assert.match(problem('5/QĐ-UB<b>'), /chữ cái viết hoa và chữ số/);
  assert.match(problem('1/2/3/4'), /không đúng dạng/);
});

test('checked against the chosen type and the issuing body', () => {
  assert.equal(numberMismatch(ok('123/QĐ-UBND'), 'Quyết định', 'UBND'), null);
  assert.match(numberMismatch(ok('123/KH-UBND'), 'Quyết định', 'UBND')!, /Quyết định \(ký hiệu QĐ\) nhưng số "123\/KH-UBND" mang ký hiệu KH/);
  assert.match(numberMismatch(ok('123/QĐ-UBND'), 'Quyết định', 'HĐND')!, /HĐND nhưng số "123\/QĐ-UBND" ghi UBND/);
  assert.equal(numberMismatch(ok('1234/UBND-VP'), 'Công văn', 'ubnd'), null);
  assert.match(numberMismatch(ok('12/TB-UBND'), 'Công văn', 'UBND')!, /Công văn không mang ký hiệu loại/);
});
