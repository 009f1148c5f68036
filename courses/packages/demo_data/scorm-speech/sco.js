/* A small SCORM 1.2 activity made in the project (courses/packages/demo_data): three steps,
   her place and answers kept through the LMS's runtime API, so she resumes where she was. */
(function () {
  "use strict";
  function findApi(win) {
    for (var hops = 0; win && hops < 10; hops += 1) {
      if (win.API) { return win.API; }
      if (win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }
  var api = findApi(window.parent) || findApi(window);
  var call = function (name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return api ? api[name].apply(api, args) : "";
  };
  var slides = document.querySelectorAll("[data-slide]");
  var state = { seen: [] };

  function show(number) {
    for (var i = 0; i < slides.length; i += 1) {
      slides[i].hidden = Number(slides[i].getAttribute("data-slide")) !== number;
    }
    if (state.seen.indexOf(number) < 0) { state.seen.push(number); }
    call("LMSSetValue", "cmi.core.lesson_location", String(number));
    call("LMSSetValue", "cmi.core.suspend_data", JSON.stringify(state));
    document.body.setAttribute("data-current", String(number));
  }

  call("LMSInitialize", "");
  try { state = JSON.parse(call("LMSGetValue", "cmi.core.suspend_data") || "{}"); } catch (e) { state = {}; }
  state.seen = state.seen || [];
  var status = call("LMSGetValue", "cmi.core.lesson_status");
  if (status === "not attempted" || !status) { call("LMSSetValue", "cmi.core.lesson_status", "incomplete"); }
  var place = Number(call("LMSGetValue", "cmi.core.lesson_location")) || 1;
  if (call("LMSGetValue", "cmi.core.entry") === "resume" && place > 1) {
    document.getElementById("welcome-back").hidden = false;
  }
  show(place);
  call("LMSCommit", "");

  Array.prototype.forEach.call(document.querySelectorAll("[data-next]"), function (button) {
    button.addEventListener("click", function () {
      show(Number(document.body.getAttribute("data-current")) + 1);
      call("LMSCommit", "");
    });
  });
  var feedback = document.getElementById("feedback");
  Array.prototype.forEach.call(document.querySelectorAll("[data-answer]"), function (button) {
    button.addEventListener("click", function () {
      var right = button.getAttribute("data-answer") === "right";
      state.answered = right;
      feedback.textContent = feedback.getAttribute(right ? "data-right" : "data-wrong");
      call("LMSSetValue", "cmi.core.suspend_data", JSON.stringify(state));
      if (right) {
        call("LMSSetValue", "cmi.core.score.min", "0");
        call("LMSSetValue", "cmi.core.score.max", "100");
        call("LMSSetValue", "cmi.core.score.raw", "100");
        call("LMSSetValue", "cmi.core.lesson_status", "passed");
      }
      call("LMSCommit", "");
      document.body.setAttribute("data-finished", right ? "passed" : "");
    });
  });
  window.addEventListener("pagehide", function () {
    call("LMSSetValue", "cmi.core.exit", "suspend");
    call("LMSFinish", "");
  });
})();
