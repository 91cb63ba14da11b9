// Live progress of an import of officials: polls the status URL every second,
// updates the <progress> bar and its texts, and reloads the page for the report
// once the import is finished. Without JavaScript a meta refresh does the same.
(function () {
  "use strict";

  var bar = document.querySelector("progress[data-status-url]");
  if (!bar) {
    return;
  }
  var url = bar.getAttribute("data-status-url");
  var phase = document.getElementById(bar.getAttribute("data-phase-target"));
  var count = document.getElementById(bar.getAttribute("data-count-target"));
  var INTERVAL = 1000;
  var RETRY_INTERVAL = 5000;

  function schedule(delay) {
    window.setTimeout(poll, delay);
  }

  function update(data) {
    if (data.finished) {
      window.location.reload();
      return;
    }
    if (data.total_rows > 0) {
      bar.max = data.total_rows;
      bar.value = data.processed_rows;
    } else {
      bar.removeAttribute("value"); // indeterminate while the file is being read
    }
    bar.textContent = data.percent + "%";
    // The status region is announced by screen readers: change it only when the phase changes.
    if (phase && phase.textContent !== data.phase_label) {
      phase.textContent = data.phase_label;
    }
    if (count) {
      count.textContent = data.count_label;
    }
    schedule(INTERVAL);
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(update)
      .catch(function () {
        schedule(RETRY_INTERVAL); // a brief network hiccup should not stop the bar
      });
  }

  schedule(INTERVAL);
})();
