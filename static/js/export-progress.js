// Progress of an export made in the background: polls the status URL every second,
// moves the <progress> bar, and shows the download link once the file is ready.
(function () {
  "use strict";
  var box = document.getElementById("export-status");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  var bar = box.querySelector("progress");
  var count = box.querySelector("[data-role=count]");
  var ready = box.querySelector("[data-role=ready]");
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        bar.value = data.percent;
        bar.textContent = data.percent + "%";
        count.textContent = data.done + " / " + data.total;
        if (data.ready) { ready.hidden = false; return; }
        if (data.status !== "failed") { window.setTimeout(poll, 1000); } else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  if (ready.hidden) { window.setTimeout(poll, 1000); }
})();
