// Review controls: show or hide entity labels, sentence marks and language segments; filter the sample.
(function () {
  "use strict";
  var body = document.body;
  var errors = [];
  window.addEventListener("error", function (e) {
    errors.push(String(e.message));
    body.setAttribute("data-js-errors", errors.join(" | "));
  });
  var boxes = document.querySelectorAll("#controls input[data-label]");
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.getAttribute("data-label"), !box.checked);
    });
  });
  var toggles = document.querySelectorAll("#controls input[data-toggle]");
  Array.prototype.forEach.call(toggles, function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("no-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });
  var docs = document.querySelectorAll("article.doc");
  var shown = document.getElementById("shown");
  function filter(query) {
    var q = query.toLowerCase();
    var n = 0;
    Array.prototype.forEach.call(docs, function (doc) {
      var hit = !q || doc.textContent.toLowerCase().indexOf(q) >= 0;
      doc.classList.toggle("hidden", !hit);
      if (hit) { n += 1; }
    });
    if (shown) { shown.textContent = String(n); }
  }
  var search = document.getElementById("search");
  if (search) {
    search.addEventListener("input", function () { filter(search.value); });
  }
  filter("");
  body.setAttribute("data-entities-shown", String(document.querySelectorAll("mark.ent:not(.cont)").length));
  body.setAttribute("data-ready", "1");
})();
