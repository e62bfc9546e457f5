/*
 * FirstShift package player (the framing side). "Open" launches (or resumes) the learner's attempt
 * on a SCO and points the sandboxed frame at the content; the content's API shim posts its
 * batched SetValue calls here, and this page sends them to the server with the learner's session,
 * one batch at a time and in order, then answers the shim with the server's verdict. Messages
 * are accepted only from the frame's own window, and carry nothing secret. After each save the
 * "why isn't this complete?" values are refreshed from the server. Vanilla JavaScript.
 *
 * For tests: window.FirstShiftPlayer.pending() is the number of batches not yet acknowledged,
 * finished() the number of acknowledged Terminate/LMSFinish batches since the page loaded.
 */
(function () {
    'use strict';
    var root = document.getElementById('package-player');
    var frame = document.getElementById('player-frame');
    if (!root || !frame || !window.fetch) {
        return;
    }
    var cfg = root.dataset;
    var note = document.getElementById('player-note');
    var status = document.getElementById('package-status');
    var current = null;           // {attempt, item}
    var queue = [];
    var busy = false;
    var inFlight = 0;
    var finished = 0;

    function api(method, path, body) {
        var init = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Accept-Language': cfg.lang}};
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(cfg.api + path, init).then(function (r) {
            return r.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
                return {status: r.status, json: json};
            });
        });
    }

    function say(text) { note.textContent = text || ''; }

    function refreshWhy(attempt, item) {
        return api('GET', '/package-attempts/' + attempt).then(function (r) {
            if (r.status !== 200) { return; }
            var table = document.querySelector('#why-' + item + ' table');
            if (!table) { return; }
            while (table.firstChild) { table.removeChild(table.firstChild); }
            Object.keys(r.json.explain).forEach(function (k) {
                var tr = document.createElement('tr');
                var th = document.createElement('th');
                th.scope = 'row';
                var c1 = document.createElement('code');
                c1.textContent = k;
                th.appendChild(c1);
                var td = document.createElement('td');
                var c2 = document.createElement('code');
                c2.textContent = r.json.explain[k];
                td.appendChild(c2);
                tr.appendChild(th);
                tr.appendChild(td);
                table.appendChild(tr);
            });
        });
    }

    function pump() {
        if (busy || !queue.length) { return; }
        busy = true;
        var job = queue.shift();
        say(cfg.tSaving);
        api('POST', '/package-attempts/' + job.attempt + '/commits', {calls: job.calls, finish: job.finish}).then(function (r) {
            if (r.status !== 200) { throw new Error('HTTP ' + r.status); }
            var refused = r.json.errors.filter(function (e) { return e !== 0; });
            say(refused.length ? cfg.tRefused.replace('{0}', refused.join(', ')) : cfg.tSaved);
            if (job.source) {
                job.source.postMessage({fs: 'committed', errors: r.json.errors}, '*');
            }
            if (job.finish) {
                finished++;
                if (current && current.attempt === job.attempt) {
                    current.canContinue = r.json.canContinue;
                    current.canGoBack = r.json.canGoBack;
                    offerChoices(r.json.navValid || {});
                }
                if (r.json.navRequest && current && current.attempt === job.attempt) {
                    carryOut(r.json.navRequest);
                } else {
                    offerNavigation();
                }
            }
            if (r.json.packageCompleted) {
                status.textContent = root.dataset.tCompleted || status.textContent;
                status.setAttribute('data-completed', 'true');
            }
            return refreshWhy(job.attempt, job.item);
        }).catch(function () {
            say(cfg.tFailed);
            // Keep the calls: they go with the next batch, in order.
            if (queue.length) {
                queue[0].calls = job.calls.concat(queue[0].calls);
            } else {
                queue.unshift({attempt: job.attempt, item: job.item, calls: job.calls, finish: job.finish, source: job.source, retry: true});
            }
        }).then(function () {
            busy = false;
            inFlight--;
            var next = queue[0];
            if (next && next.retry) {
                next.retry = false;
                inFlight++;
                setTimeout(pump, 3000);
            } else {
                pump();
            }
        });
    }

    window.addEventListener('message', function (e) {
        // The sandboxed frame's origin is opaque ("null"): only its window identifies it.
        if (!current || e.source !== frame.contentWindow || !e.data || e.data.fs !== 'commit') { return; }
        if (e.data.attempt !== current.attempt) { return; }
        queue.push({attempt: current.attempt, item: current.item, calls: e.data.calls || [], finish: !!e.data.finish, source: e.source});
        inFlight++;
        pump();
    });

    var navContinue = document.getElementById('nav-continue');
    var navPrevious = document.getElementById('nav-previous');
    var navStart = document.getElementById('nav-start');
    var navSuspend = document.getElementById('nav-suspend');

    /** Enables the menu's "Open" buttons the engine allows choosing from here (adl.nav.request_valid.choice). */
    function offerChoices(valid) {
        Array.prototype.forEach.call(document.querySelectorAll('[data-activity]'), function (button) {
            var allowed = valid['choice.{target=' + button.getAttribute('data-activity') + '}'];
            if (allowed !== undefined) {
                button.disabled = allowed !== 'true';
            }
        });
    }

    function launch(request) {
        navContinue.hidden = true;
        navPrevious.hidden = true;
        if (navSuspend) { navSuspend.hidden = true; }
        request.packageCode = cfg.package;
        api('POST', '/package-attempts', request).then(function (r) {
            if (r.status !== 200) {
                say(r.json && r.json.problems && r.json.problems.length ? r.json.problems[0].message
                    : (r.json && r.json.detail ? r.json.detail : 'HTTP ' + r.status));
                return;
            }
            if (r.json.ended) {
                // exitAll, suspendAll, abandon...: the session is over; the learner picks what next.
                current = null;
                frame.hidden = true;
                frame.src = 'about:blank';
                say(request.nav === 'suspendAll' ? cfg.tSuspended : (r.json.why || ''));
                return;
            }
            current = {attempt: r.json.attemptId, item: r.json.item, canContinue: r.json.canContinue, canGoBack: r.json.canGoBack};
            offerChoices(r.json.navValid || {});
            if (navSuspend) { navSuspend.hidden = false; }
            frame.hidden = false;
            frame.setAttribute('data-attempt', String(r.json.attemptId));
            frame.src = cfg.base + r.json.launchUrl;
            frame.scrollIntoView({block: 'start'});
        });
    }

    /** After a part finished: the sequencing engine said whether continue/previous lead anywhere. */
    function offerNavigation() {
        if (!current) { return; }
        navContinue.hidden = !current.canContinue;
        navPrevious.hidden = !current.canGoBack;
    }

    /** The adl.nav.request a SCO left when it terminated: continue, previous, {target=ID}choice, {target=ID}jump, exitAll... */
    function carryOut(request) {
        var m = /^\{target=([^}]+)\}(choice|jump)$/.exec(request);
        if (m) {
            launch({nav: m[2], target: m[1], from: current.item});
        } else {
            launch({nav: request, from: current.item});
        }
    }

    /** "Save and leave": let the content's last values reach the server, then suspend the course. */
    function suspendAll() {
        if (!current) { return; }
        var item = current.item;
        frame.src = 'about:blank';
        var waited = 0;
        (function whenSaved() {
            if (inFlight > 0 && waited < 5000) {
                waited += 100;
                setTimeout(whenSaved, 100);
                return;
            }
            launch({nav: 'suspendAll', from: item});
        }());
    }

    if (navStart) {
        navStart.addEventListener('click', function () { launch({}); });
    }
    if (navSuspend) {
        navSuspend.addEventListener('click', suspendAll);
    }
    navContinue.addEventListener('click', function () { launch({nav: 'continue', from: current.item}); });
    navPrevious.addEventListener('click', function () { launch({nav: 'previous', from: current.item}); });

    Array.prototype.forEach.call(document.querySelectorAll('.package-open'), function (button) {
        button.addEventListener('click', function () {
            launch({item: parseInt(button.getAttribute('data-item'), 10)});
        });
    });

    window.FirstShiftPlayer = {
        pending: function () { return inFlight; },
        finished: function () { return finished; }
    };
}());
