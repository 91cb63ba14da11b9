// Lesson page enhancements. Every form here works without JavaScript; this file
// only saves a page load on practice checks and a double post on "finished".
// It holds no user-visible words: the server renders them.
(function () {
  "use strict";

  // Practice checks: post the answer in the background and show the server's
  // result fragment (our own escaped template) in the form's live region.
  // Anything unexpected falls back to an ordinary post, which shows the same result.
  function enhancePractice(form) {
    var result = form.querySelector(".practice-result");
    if (!result || !window.fetch || !window.FormData) {
      return;
    }
    var pending = false;

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (pending) {
        return;
      }
      pending = true;
      form.setAttribute("aria-busy", "true");

      var query = new URLSearchParams(new FormData(form)).toString();
      fetch(form.action.split("#")[0] + "?" + query, {
        method: "GET",
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store"
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("status " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          if (typeof data.html !== "string") {
            throw new Error("no result");
          }
          result.innerHTML = data.html;
          result.focus();
        })
        .catch(function () {
          form.submit(); // does not fire "submit" again: no loop
        })
        .then(function () {
          pending = false;
          form.removeAttribute("aria-busy");
        });
    });
  }

  // "I have finished this lesson": one click, one post. The button is disabled
  // after the browser has read the form (a disabled button would not be sent),
  // and enabled again if the page comes back from the back-forward cache.
  function guardFinish(form) {
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) {
        return;
      }
      var buttons = form.querySelectorAll("button[type='submit'], button:not([type]), input[type='submit']");
      window.setTimeout(function () {
        buttons.forEach(function (button) {
          if (!button.disabled) {
            button.disabled = true;
            button.setAttribute("data-disabled-by-script", "");
          }
        });
      }, 0);
    });
    window.addEventListener("pageshow", function () {
      form.querySelectorAll("[data-disabled-by-script]").forEach(function (button) {
        button.disabled = false;
        button.removeAttribute("data-disabled-by-script");
      });
    });
  }

  // Loaded with "defer": the document has been parsed when this runs.
  (function () {
    document.querySelectorAll("form[data-practice][action]").forEach(enhancePractice);
    document.querySelectorAll("form[data-finish]").forEach(guardFinish);
  })();
})();
