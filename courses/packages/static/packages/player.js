/* A SCORM or H5P package in a lesson (courses/packages). The SCORM runtime API (scorm-again:
   window.API for 1.2, window.API_1484_11 for 2004) lives on this page, the package's parent;
   her data is loaded before the package starts (she resumes where she left off) and each
   commit (batched by the autocommit timer, or asked by the package) goes to the server. An
   H5P player page sends its xAPI statements here by postMessage. Offline, a commit waits in
   the site's offline queue (static/js/offline.js) until she is back. */
(() => {
  "use strict";
  if (window.clubPackages) { return; }
  window.clubPackages = true;

  const csrfToken = () => {
    const cookie = (document.cookie.match(/(?:^|; )csrftoken=([^;]+)/) || [])[1];
    const field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return cookie ? decodeURIComponent(cookie) : (field ? field.value : "");
  };

  const say = (player, key) => {
    const status = player.querySelector("[data-package-status]");
    if (status && player.dataset[key]) { status.textContent = player.dataset[key]; }
  };

  // One commit to the server; offline (or the network failing) it waits in the queue.
  const send = (player, body) => {
    const url = player.dataset.runtime;
    const options = {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(body),
    };
    const wait = () => {
      if (window.ClubOffline && window.ClubOffline.queueJson) {
        window.ClubOffline.queueJson(url, body, player.querySelector("iframe").title);
        say(player, "offline");
      } else {
        say(player, "error");
      }
    };
    if (!navigator.onLine) { wait(); return; }
    fetch(url, options)
      .then((response) => (response.ok ? response.json() : Promise.reject(response)))
      .then((answer) => { say(player, answer.lessonComplete ? "done" : "saved"); })
      .catch((failure) => { if (!(failure instanceof Response)) { wait(); } else { say(player, "error"); } });
  };

  const startScorm = (player, state) => {
    const version12 = player.dataset.kind === "scorm12";
    const Api = version12 ? window.Scorm12API : window.Scorm2004API;
    if (!Api) { return; }
    const tracking = state.tracking;
    const api = new Api({
      autocommit: true,
      autocommitSeconds: 10,
      renderCommonCommitFields: true,
      logLevel: 5,
      lmsCommitUrl: tracking ? player.dataset.runtime : false,
      httpService: {
        processHttpRequest(url, params) {
          if (tracking) { send(player, params); }
          return { result: "true", errorCode: 0 };
        },
        updateSettings() {},
      },
    });
    const learner = state.learner || {};
    if (version12) {
      api.loadFromJSON({ core: Object.assign({ student_id: learner.id || "", student_name: learner.name || "" }, (state.cmi || {}).core || {}), suspend_data: (state.cmi || {}).suspend_data || "" }, "");
      window.API = api;
    } else {
      api.loadFromJSON(Object.assign({ learner_id: learner.id || "", learner_name: learner.name || "" }, state.cmi || {}), "");
      window.API_1484_11 = api;
    }
  };

  const startH5p = (player, state) => {
    const frame = player.querySelector("iframe");
    window.addEventListener("message", (event) => {
      if (event.source !== frame.contentWindow || event.origin !== window.location.origin) { return; }
      const data = event.data || {};
      if (data.type !== "club-h5p-xapi" || !state.tracking) { return; }
      send(player, { xapi: data.statement });
    });
  };

  const start = (player) => {
    fetch(player.dataset.runtime, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { tracking: false, cmi: {} }))
      .catch(() => ({ tracking: false, cmi: {} }))
      .then((state) => {
        if (player.dataset.kind === "h5p") { startH5p(player, state); } else { startScorm(player, state); }
        if (state.lessonComplete) { say(player, "done"); }
        player.querySelector("iframe").src = player.dataset.src;
      });
  };

  const players = () => document.querySelectorAll("[data-package-player]").forEach(start);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", players);
  } else {
    players();
  }
})();
