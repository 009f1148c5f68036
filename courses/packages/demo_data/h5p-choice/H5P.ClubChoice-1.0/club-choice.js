/* H5P.ClubChoice 1.0: one question, one right answer; a content type made in the project
   for the demo lesson. Answering right sends the xAPI "completed" statement with its score
   (success); a wrong answer sends "answered" with no score, and she may try again. */
var H5P = H5P || {};
H5P.ClubChoice = (function (EventDispatcher) {
  "use strict";

  function ClubChoice(params, contentId) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
  }
  ClubChoice.prototype = Object.create(EventDispatcher.prototype);
  ClubChoice.prototype.constructor = ClubChoice;

  ClubChoice.prototype.attach = function ($container) {
    var self = this;
    var params = this.params;
    var root = document.createElement("div");
    root.className = "club-choice";
    var heading = document.createElement("h2");
    heading.textContent = params.question || "";
    var note = document.createElement("p");
    note.className = "note";
    note.textContent = params.note || "";
    var list = document.createElement("ul");
    var feedback = document.createElement("p");
    feedback.setAttribute("role", "status");
    feedback.className = "feedback";
    (params.answers || []).forEach(function (text, index) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.addEventListener("click", function () {
        var right = index === params.correct;
        feedback.textContent = right ? params.feedbackRight : params.feedbackWrong;
        if (right) {
          Array.prototype.forEach.call(list.querySelectorAll("button"), function (b) { b.disabled = true; });
          root.setAttribute("data-finished", "passed");
          self.triggerXAPIScored(1, 1, "completed", true, true);
        } else {
          self.triggerXAPI("answered");
        }
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    root.appendChild(heading);
    root.appendChild(note);
    root.appendChild(list);
    root.appendChild(feedback);
    $container.get(0).appendChild(root);
  };

  return ClubChoice;
})(H5P.EventDispatcher);
