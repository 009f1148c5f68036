/* Reflections: keep a copy of the member's text in this browser and save drafts quietly.
   Progressive enhancement only: the form works without this file. No other host is used. */
(function () {
  "use strict";
  var form = document.getElementById("reflection-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var key = "club-reflection:" + location.pathname;
  var status = form.querySelector(".autosave-status");
  var serverStamp = form.getAttribute("data-updated");
  var timer = null;
  var dirty = false;

  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "submit" && el.type !== "hidden";
    });
  }
  function read() {
    var values = {};
    fields().forEach(function (el) { values[el.name] = el.type === "checkbox" ? el.checked : el.value; });
    return values;
  }
  function backup(isDirty) {
    try {
      localStorage.setItem(key, JSON.stringify({ server: serverStamp, dirty: isDirty, values: read() }));
    } catch (e) { /* storage full or disabled: the server copy remains */ }
  }
  function say(text) { if (status) { status.textContent = text || ""; } }

  // Restore text typed here that never reached the server (same server version, unsaved).
  try {
    var saved = JSON.parse(localStorage.getItem(key) || "null");
    if (saved && saved.dirty && saved.server === serverStamp && saved.values) {
      var changed = false;
      fields().forEach(function (el) {
        if (!(el.name in saved.values)) { return; }
        var value = saved.values[el.name];
        if (el.type === "checkbox") { if (el.checked !== value) { el.checked = value; changed = true; } }
        else if (el.value !== value) { el.value = value; changed = true; }
      });
      if (changed) { say(form.getAttribute("data-restored-text")); dirty = true; }
    } else if (saved && saved.server !== serverStamp) {
      localStorage.removeItem(key);
    }
  } catch (e) { /* unreadable backup: ignore */ }

  function save() {
    timer = null;
    if (!dirty || form.getAttribute("data-autosave") !== "on") { return; }
    var data = new FormData(form);
    data.set("action", "autosave");
    // Not form.action: the buttons named "action" shadow that property.
    fetch(form.getAttribute("action"), {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok && result.body.ok) {
        if (window.ClubOffline) { window.ClubOffline.forget(form.getAttribute("action")); }
        dirty = false;
        serverStamp = result.body.saved;
        form.setAttribute("data-updated", serverStamp);
        backup(false);
        say(form.getAttribute("data-saved-text"));
      } else {
        say(result.body.error || form.getAttribute("data-offline-text"));
      }
    }).catch(function () {
      say(form.getAttribute("data-offline-text"));
      // Offline: the draft waits in the queue (offline.js) and is saved when she is back.
      if (window.ClubOffline && !navigator.onLine) {
        var fields = {};
        data.forEach(function (value, name) { if (typeof value === "string") { fields[name] = value; } });
        window.ClubOffline.queueDraft(form.getAttribute("action"), fields, form.getAttribute("data-offline-label"));
      }
    });
  }

  form.addEventListener("input", function () {
    dirty = true;
    backup(true);
    if (!timer) { timer = setTimeout(save, 4000); }
  });
  form.addEventListener("submit", function () { if (timer) { clearTimeout(timer); timer = null; } });
  window.addEventListener("pagehide", function () { if (dirty) { backup(true); } });
})();
