// The bundle's offline viewer: chapters and section headings seek the video; #t=SECONDS
// (the links in brief.pdf) opens at that moment. No network, no storage, no dependencies.
(function () {
  "use strict";
  var video = document.getElementById("video");
  var chapters = Array.prototype.slice.call(document.querySelectorAll(".chapter"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-t]"));

  function seek(seconds, play) {
    if (!video || !isFinite(seconds)) return;
    var go = function () {
      video.currentTime = Math.max(0, seconds);
      if (play) {
        var started = video.play();
        if (started && started.catch) started.catch(function () {}); // autoplay refused: fine
      }
      mark();
    };
    if (video.readyState >= 1) go();
    else video.addEventListener("loadedmetadata", go, { once: true });
  }

  function current(items, time) {
    var found = null;
    items.forEach(function (item) {
      if (parseFloat(item.getAttribute("data-t")) <= time + 0.05) found = item;
    });
    return found;
  }

  function mark() {
    var time = video ? video.currentTime : 0;
    var chapter = current(chapters, time);
    chapters.forEach(function (c) { c.setAttribute("aria-current", c === chapter ? "true" : "false"); });
    var section = current(sections, time);
    sections.forEach(function (s) { s.classList.toggle("current", s === section); });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-t]") : null;
    if (!target || target.tagName === "SECTION") return;
    event.preventDefault();
    seek(parseFloat(target.getAttribute("data-t")), true);
    if (target.classList.contains("seek") && video && video.getBoundingClientRect().top < 0) {
      video.scrollIntoView({ block: "start" });
    }
  });

  function fromHash() {
    var match = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
    if (!match) return;
    seek(parseFloat(match[1]), false);
    var section = current(sections, parseFloat(match[1]));
    if (section) section.scrollIntoView({ block: "start" });
  }

  if (video) {
    video.addEventListener("timeupdate", mark);
    video.addEventListener("seeked", mark);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
