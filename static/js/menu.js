/* The phone menu is a <details>: it opens and closes without JavaScript. This adds what
   a menu button is expected to do besides: Escape closes it and puts the focus back on the
   button, and a click on a link of the same page closes it. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-site-menu]");
  if (!menu) return;
  var button = menu.querySelector("summary");
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      button.focus();
    }
  });
  menu.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (link) menu.open = false;
  });
})();
