/*
 * FirstShift cmi5 launcher (the framing side, next to package-player.js). "Open" on an AU asks
 * the server for a cmi5 launch (registration, LMS.LaunchData, "launched", the fetch URL) and points
 * the sandboxed frame at the AU's launch URL. The AU then talks to the LRS by itself, with the
 * token from the fetch URL; this page only polls the learner's own course state and shows
 * "completed" once moveOn is met. Browse and Review buttons launch in those cmi5 launch modes; an AU
 * whose launchMethod is OwnWindow opens in a window of its own instead of the frame. Vanilla JavaScript.
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
    var polling = null;

    function api(method, path, body) {
        var init = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Accept-Language': cfg.lang}};
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(cfg.api + path, init).then(function (r) {
            return r.json().catch(function () { return null; }).then(function (json) { return {status: r.status, json: json}; });
        });
    }

    function poll() {
        api('GET', '/cmi5-launches/' + encodeURIComponent(cfg.package)).then(function (r) {
            if (r.status === 200 && r.json.completed) {
                status.textContent = cfg.tCompleted;
                clearInterval(polling);
                polling = null;
            }
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('.cmi5-open'), function (button) {
        button.addEventListener('click', function () {
            var body = {packageCode: cfg.package, au: parseInt(button.getAttribute('data-item'), 10)};
            if (button.getAttribute('data-mode')) {
                body.launchMode = button.getAttribute('data-mode');
            }
            api('POST', '/cmi5-launches', body).then(function (r) {
                if (r.status !== 200) {
                    note.textContent = r.json && r.json.problems && r.json.problems.length ? r.json.problems[0].message
                        : (r.json && r.json.detail ? r.json.detail : 'HTTP ' + r.status);
                    return;
                }
                if (r.json.ownWindow) {
                    // launchMethod OwnWindow: the AU gets a window of its own (still sandboxed by its CSP) and
                    // returns to this page through LMS.LaunchData's returnURL. A link, not window.open, so no
                    // pop-up blocker stands in the way.
                    note.textContent = '';
                    var link = document.createElement('a');
                    link.href = r.json.launchUrl;
                    link.target = '_blank';
                    link.rel = 'noopener noreferrer';
                    link.className = 'button';
                    link.textContent = cfg.tOwnWindow;
                    note.appendChild(link);
                    link.focus();
                    if (!polling) {
                        polling = setInterval(poll, 2000);
                    }
                    return;
                }
                note.textContent = '';
                frame.hidden = false;
                frame.setAttribute('data-session', r.json.sessionId);
                frame.src = r.json.launchUrl;
                frame.scrollIntoView({block: 'start'});
                if (!polling) {
                    polling = setInterval(poll, 2000);
                }
            });
        });
    });
}());
