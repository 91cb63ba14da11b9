// Progressive enhancements only: every page works without JavaScript.
(function () {
  "use strict";

  // After a failed submission, take keyboard and screen reader users to the
  // problem: the form's error summary, else the first invalid field.
  function focusFirstError() {
    var target = document.querySelector("[data-error-summary]") || document.querySelector("main [aria-invalid='true']");
    if (target) {
      target.focus();
    }
  }

  // A second click on a submit button while the page is loading would post the
  // form twice; ignore it. The lock is lifted when the page is shown again
  // (back button) or after a while (a form whose answer is a download).
  function guardDoubleSubmit() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || form.hasAttribute("data-allow-resubmit")) {
        return;
      }
      if (form.dataset.submitting === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = "true";
      window.setTimeout(function () {
        delete form.dataset.submitting;
      }, 8000);
    });
    window.addEventListener("pageshow", function () {
      document.querySelectorAll("form[data-submitting]").forEach(function (form) {
        delete form.dataset.submitting;
      });
    });
  }

  // Loaded with "defer": the document has been parsed when this runs.
  (function () {
    focusFirstError();
    guardDoubleSubmit();
  })();
})();
