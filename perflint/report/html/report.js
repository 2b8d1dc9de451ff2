// perflint HTML report: filters, and a click on a finding scrolls to its place and flashes it.
// Inlined into the page; it loads nothing.
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));

  function checked(kind) {
    var set = {};
    boxes.forEach(function (b) { if (b.dataset.filter === kind && b.checked) set[b.value] = true; });
    return set;
  }

  function applyFilters() {
    var families = checked("family"), severities = checked("severity"), visible = {};
    findings.forEach(function (li) {
      var show = families[li.dataset.family] && severities[li.dataset.severity];
      li.classList.toggle("hidden", !show);
      if (show) visible[li.dataset.id] = true;
    });
    marks.forEach(function (m) {
      m.classList.toggle("on", m.dataset.f.split(" ").some(function (id) { return visible[id]; }));
    });
    document.querySelectorAll("section.family").forEach(function (s) {
      s.classList.toggle("hidden", !s.querySelector(".finding:not(.hidden)"));
    });
  }

  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth; // restart the animation
      el.classList.add("flash");
    });
  }

  function lineOf(file, line) { return document.getElementById("file" + file + "-L" + line); }

  function select(li) {
    findings.forEach(function (other) { other.classList.remove("current"); });
    li.classList.add("current");
    var id = li.dataset.id;
    document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
    var own = document.querySelectorAll('mark[data-f~="' + id + '"]');
    var target = own.length ? own[0] : lineOf(li.dataset.file, li.dataset.line);
    if (!target) return;
    target.scrollIntoView({ block: "center", inline: "nearest" });
    own.forEach(function (m) { m.classList.add("selected"); });
    flash(own.length ? Array.prototype.slice.call(own) : [target]);
  }

  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  findings.forEach(function (li) {
    li.addEventListener("click", function (event) {
      if (event.target.closest("a.related")) return;
      select(li);
    });
    li.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(li); }
    });
  });
  document.querySelectorAll("a.related").forEach(function (a) {
    a.addEventListener("click", function (event) {
      var target = lineOf(a.dataset.file, a.dataset.line);
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      flash([target]);
    });
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      if (!m.classList.contains("on")) return;
      var li = document.querySelector('.finding[data-id="' + m.dataset.f.split(" ")[0] + '"]');
      if (!li) return;
      findings.forEach(function (other) { other.classList.remove("current"); });
      li.classList.add("current");
      li.scrollIntoView({ block: "nearest" });
      flash([li]);
    });
  });
  applyFilters();
})();
