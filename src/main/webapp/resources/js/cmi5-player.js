/*
 * FirstShift cmi5 launcher (the framing side, next to package-player.js). "Open" on an AU asks
 * the server for a cmi5 launch (registration, LMS.LaunchData, "launched", the fetch URL) and points
 * the sandboxed frame at the AU's launch URL. The AU then talks to the LRS by itself, with the
 * token from the fetch URL; this page only polls the learner's own course state and shows
 * "completed" once moveOn is met. Vanilla JavaScript.
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
            api('POST', '/cmi5-launches', {packageCode: cfg.package, au: parseInt(button.getAttribute('data-item'), 10)}).then(function (r) {
                if (r.status !== 200) {
                    note.textContent = r.json && r.json.problems && r.json.problems.length ? r.json.problems[0].message
                        : (r.json && r.json.detail ? r.json.detail : 'HTTP ' + r.status);
                    return;
                }
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
