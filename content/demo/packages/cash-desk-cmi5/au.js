// A tiny cmi5 AU driven by @xapi/cmi5: initialize (fetch URL, LMS.LaunchData, "initialized"),
// "completed" after reading, "passed" or "failed" on the question, then "terminated".
(function () {
  "use strict";
  var state = document.getElementById("au-state");
  function show(id) { document.getElementById(id).hidden = false; }
  function hide(id) { document.getElementById(id).hidden = true; }
  function say(text, error) { state.textContent = text; state.className = error ? "error" : ""; }
  function failed(e) { say("Could not reach your learning record: " + (e && e.message ? e.message : e), true); }

  if (!Cmi5.isCmiAvailable) {
    say("This lesson must be opened from FirstShift.", true);
    return;
  }
  var cmi5 = Cmi5.instance;
  cmi5.initialize().then(function () {
    say("Ready.");
    show("lesson");
  }).catch(failed);

  document.getElementById("read").addEventListener("click", function () {
    cmi5.complete().then(function () {
      say("Read. One question to finish.");
      hide("lesson");
      show("check");
    }).catch(failed);
  });

  document.getElementById("answer").addEventListener("click", function () {
    var picked = document.querySelector("input[name=q]:checked");
    if (!picked) {
      say("Pick an answer first.", true);
      return;
    }
    var right = picked.value === "third";
    (right ? cmi5.pass({ scaled: 1, raw: 1, min: 0, max: 1 }) : cmi5.fail({ scaled: 0, raw: 0, min: 0, max: 1 }))
      .then(function () { return cmi5.terminate(); })
      .then(function () {
        say(right ? "Passed and finished." : "Not quite: counting again with your shift lead is the rule. Finished.");
        hide("check");
        show("done");
      }).catch(failed);
  });
})();
