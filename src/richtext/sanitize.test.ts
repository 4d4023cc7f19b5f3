import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainTextToHtml, sanitizeBody, sanitizeTypedBody } from './sanitize.js';

test('keeps the structure of an article body', () => {
  const html = '<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>, <a href="https://ninhbinh.gov.vn/">liên kết</a>.</p><figure><img src="/media/1/a-960.webp" srcset="/media/1/a-480.webp 480w" alt="Ảnh" width="960" height="640"><figcaption>Chú thích</figcaption></figure><table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><blockquote><p>Trích</p></blockquote><ul><li>Một</li></ul>';
  assert.equal(sanitizeBody(html), html.replace('height="640">', 'height="640" />'));
});

test('removes scripts, handlers, styles, dangerous URLs and unknown embeds', () => {
  const out = sanitizeBody(
    '<p onclick="x()" style="color:red">a<script>alert(1)</script></p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">b</a><a href="//evil.example/">c</a><iframe src="https://evil.example/x"></iframe><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe><svg><script>1</script></svg><object data="x"></object><form><input></form>',
  );
  assert.doesNotMatch(out, /script|onclick|onerror|style=|javascript:|evil\.example|<svg|<object|<form|<input/);
  assert.match(out, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc" title="Video"><\/iframe>/);
  assert.match(out, /<a>b<\/a>/);
});

test('text comes out NFC, and a link opening a new tab gets rel=noopener', () => {
  const nfd = 'Hội nghị'.normalize('NFD');
  assert.equal(sanitizeBody(`<p>${nfd}</p>`), '<p>Hội nghị</p>');
  assert.equal(sanitizeBody('<a href="https://a.vn/" target="_blank">x</a>'), '<a href="https://a.vn/" target="_blank" rel="noopener noreferrer">x</a>');
});

test('text without any tag becomes paragraphs at blank lines, line breaks <br>, escaped; HTML is only sanitised', () => {
  assert.equal(plainTextToHtml('Một\r\nhai <3 & "x"\n \n\nBa'), '<p>Một<br />hai &lt;3 &amp; &quot;x&quot;</p>\n<p>Ba</p>');
  assert.equal(plainTextToHtml('  \n\n '), '');
  assert.equal(sanitizeTypedBody('Một\n\nHai'), '<p>Một</p>\n<p>Hai</p>');
  assert.equal(sanitizeTypedBody('<p>Một</p>\n\nHai'), '<p>Một</p>\n\nHai');
  assert.equal(sanitizeTypedBody('a <em>b</em>\n\nc'), 'a <em>b</em>\n\nc');
});
