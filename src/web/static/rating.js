// Rating in place: the form works without JavaScript (a normal post); with it, the score updates
// on the page and a message says the rating was received.
(function () {
  var form = document.getElementById('danh-gia');
  if (!form || !window.fetch) return;
  var status = form.querySelector('.rate-status');
  var figure = document.querySelector('[data-figure="rating"]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    if (!data.get('diem')) {
      status.textContent = 'Xin chọn số sao trước khi gửi.';
      return;
    }
    status.textContent = 'Đang gửi…';
    fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: data.toString(),
      credentials: 'same-origin',
    })
      .then(function (res) {
        return res.json().then(function (body) {
          return { ok: res.ok, body: body };
        });
      })
      .then(function (r) {
        if (!r.ok) {
          status.textContent = (r.body && r.body.error && r.body.error.message) || 'Không gửi được đánh giá.';
          return;
        }
        if (figure) figure.textContent = r.body.score + ' điểm ( ' + r.body.count + ' đánh giá )';
        status.textContent = (r.body.changed ? 'Đã cập nhật đánh giá của bạn: ' : 'Cảm ơn bạn đã đánh giá: ') + r.body.yours + ' sao.';
      })
      .catch(function () {
        status.textContent = 'Không gửi được đánh giá. Xin thử lại.';
      });
  });
})();
