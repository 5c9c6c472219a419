// Menus are <details> elements and work without this file. With it, an open
// menu closes when another opens, on Escape, and on a click elsewhere.
(function () {
  "use strict";
  var menus = Array.prototype.slice.call(document.querySelectorAll(".nav-group details"));
  if (!menus.length) return;
  function closeAll(except) {
    menus.forEach(function (menu) { if (menu !== except) menu.open = false; });
  }
  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () { if (menu.open) closeAll(menu); });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = menus.filter(function (menu) { return menu.open; })[0];
    if (open) { open.open = false; open.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".nav-group")) closeAll(null);
  });
})();
