/*
 * Rundblick's Liveticker updates: on a running ticker's first page only
 * (the page names its update address and version on #liveticker). Every
 * 15 s (every 60 s in a hidden tab) it asks `<ticker>/eintraege?v=<version>`,
 * an answer every reader with the same version shares from the cache, and
 * applies it: new entries at the top when the reader is there, else behind a
 * "N neue Einträge" button; edits and deletions in place. It stops when the
 * ticker has ended. No framework; the page is complete without it.
 */
(function () {
  var box = document.getElementById("liveticker");
  var list = document.getElementById("liveticker-eintraege");
  if (!box || !list || !box.dataset.updates) return;
  var hash = /^#eintrag-(\d+)$/.exec(location.hash);
  // A permalink to an entry no longer on the first page: the page of older entries that starts with it.
  if (hash && !document.getElementById(hash[0].slice(1))) return location.replace("?vor=" + (Number(hash[1]) + 1) + hash[0]);
  var src = box.dataset.updates, version = box.dataset.version, timer = 0, stopped = false, pending = [], unseen = 0;
  var title = document.title;
  var still = matchMedia("(prefers-reduced-motion: reduce)");
  var note = document.getElementById("liveticker-hinweis");

  function byId(id) { return document.getElementById("eintrag-" + id); }
  function fragment(html) { var t = document.createElement("template"); t.innerHTML = html; return t.content.firstElementChild; }
  function atTop() { return list.getBoundingClientRect().top > -40; }
  function setTitle() { document.title = unseen > 0 ? "(" + unseen + ") " + title : title; }

  function insert(id, html) {
    var el = fragment(html), after = null, items = list.children;
    for (var i = 0; i < items.length; i++) if (Number(items[i].dataset.entry) < id) { after = items[i]; break; }
    list.insertBefore(el, after);
    var empty = document.getElementById("liveticker-leer");
    if (empty) empty.remove();
    if (!still.matches && el.animate) el.animate([{ opacity: 0 }, { opacity: 1 }], 600);
    return el;
  }

  function showButton() {
    note.textContent = "";
    if (pending.length === 0) return;
    var b = document.createElement("button");
    b.type = "button";
    b.className = "my-3 rounded bg-brand-fill px-4 py-2 font-semibold text-white";
    b.textContent = pending.length === 1 ? "1 neuer Eintrag" : pending.length + " neue Einträge";
    b.onclick = reveal;
    note.appendChild(b);
  }

  function reveal() {
    var first = null;
    pending.sort(function (a, b) { return b.id - a.id; }).forEach(function (p) { var el = insert(p.id, p.html); first = first || el; });
    pending = [];
    showButton();
    if (first) {
      first.tabIndex = -1;
      first.scrollIntoView({ behavior: still.matches ? "auto" : "smooth", block: "start" });
      first.focus({ preventScroll: true });
    }
    unseen = 0;
    setTitle();
  }

  function apply(data) {
    (data.deleted || []).forEach(function (id) {
      var el = byId(id);
      if (el) el.remove();
      pending = pending.filter(function (p) { return p.id !== id; });
    });
    var top = atTop(), fresh = 0;
    (data.entries || []).slice().reverse().forEach(function (e) {
      var el = byId(e.id), queued = pending.filter(function (p) { return p.id === e.id; })[0];
      if (el) el.replaceWith(fragment(e.html));
      else if (queued) queued.html = e.html;
      else { fresh++; if (top) insert(e.id, e.html); else pending.push(e); }
    });
    if (typeof data.top === "string") document.getElementById("liveticker-oben").innerHTML = data.top;
    var time = document.querySelector("#liveticker-status time");
    if (time && data.latest) {
      time.dateTime = data.latest;
      time.textContent = new Date(data.latest).toLocaleTimeString("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }) + " Uhr";
    }
    // The tab title counts what the reader has not looked at yet: arrivals in a hidden tab or behind the button.
    if (document.hidden || !top) unseen += fresh;
    showButton();
    setTitle();
    version = String(data.v);
    if (data.ended) {
      stopped = true;
      document.getElementById("liveticker-status").textContent = "Dieser Liveticker ist beendet.";
    }
    if (data.reload) {
      stopped = true;
      note.innerHTML = '<p class="my-3">Es gibt viele Änderungen. <a class="underline" href="">Seite neu laden</a></p>';
    }
  }

  function poll() {
    if (stopped) return;
    var soon = false;
    fetch(src + "?v=" + encodeURIComponent(version), { credentials: "omit" })
      .then(function (r) {
        // The previous answer, served while the new one is made: ask again shortly.
        soon = r.headers.get("x-rundblick-cache") === "STALE";
        return r.ok ? r.json() : null;
      })
      .then(function (data) { if (data) apply(data); })
      .catch(function () {})
      .then(function () {
        if (!soon || document.hidden) return schedule();
        clearTimeout(timer);
        timer = setTimeout(poll, 2000);
      });
  }

  function schedule() {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(poll, document.hidden ? 60000 : 15000);
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) return schedule();
    if (atTop() && !pending.length) { unseen = 0; setTitle(); }
    clearTimeout(timer);
    timer = setTimeout(poll, 1000);
  });
  addEventListener("scroll", function () {
    if (unseen && !pending.length && atTop()) { unseen = 0; setTitle(); }
  }, { passive: true });
  schedule();
})();
