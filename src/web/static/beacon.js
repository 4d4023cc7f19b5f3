// Beacon mode (COUNT_MODE=beacon, for sites behind a caching proxy or CDN): one small request per
// page load; the random id makes it count once however often it is delivered.
(function () {
  var script = document.currentScript;
  var article = Number((script && script.getAttribute('data-article')) || 0);
  var bytes = new Uint8Array(16);
  (window.crypto || window.msCrypto).getRandomValues(bytes);
  var id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  var body = JSON.stringify({ a: article, l: id });
  if (navigator.sendBeacon && navigator.sendBeacon('/dem-luot-xem', new Blob([body], { type: 'text/plain' }))) return;
  if (window.fetch) fetch('/dem-luot-xem', { method: 'POST', body: body, headers: { 'Content-Type': 'text/plain' }, keepalive: true, credentials: 'same-origin' });
})();
