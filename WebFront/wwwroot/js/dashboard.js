// Refreshes the dashboard's live section by fetching its server-rendered fragment. The page works
// without this script (it reloads itself through a <noscript> refresh instead).
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) {
    return;
  }

  var source = live.getAttribute('data-source');
  var interval = parseInt(live.getAttribute('data-refresh-ms'), 10) || 2000;
  var status = document.getElementById('live-status');

  function refresh() {
    fetch(source, { credentials: 'same-origin', cache: 'no-store', redirect: 'error', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        live.innerHTML = html;
        live.setAttribute('data-refreshed', String(Date.now()));
        if (status) {
          status.textContent = '';
        }
      })
      .catch(function (error) {
        if (status) {
          status.textContent = status.getAttribute('data-error') + ' (' + error.message + ')';
        }
      })
      .then(function () {
        window.setTimeout(refresh, interval);
      });
  }

  window.setTimeout(refresh, interval);
})();
