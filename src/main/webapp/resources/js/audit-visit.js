/*
 * FirstShift audit visit on the phone. The visit lives in localStorage from the first tap, under a
 * client id made here, so a lost connection or a closed tab loses nothing; every change is also
 * saved to the server as a draft (PUT, same client id: repeated saves never create a second visit).
 * Submitting sends the whole visit (POST, same client id); if the answer never arrives, the
 * submission stays queued and is sent again when the connection returns, and the server answers
 * the repeat with the visit it already has.
 */
(function () {
    'use strict';
    var page = document.getElementById('au-visit');
    if (!page || !window.fetch || !window.localStorage) {
        return;
    }
    var cfg = page.dataset;
    var CURRENT = 'fs-audit-current-' + cfg.user;
    var status = document.getElementById('au-status');
    var state = null;
    var saveTimer = null;
    var sending = false;

    function newId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        return 'v-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
    }

    function key(id) {
        return 'fs-audit-visit-' + id;
    }

    function store() {
        try {
            localStorage.setItem(key(state.clientId), JSON.stringify(state));
            localStorage.setItem(CURRENT, state.clientId);
        } catch (e) { /* storage full: the server draft still holds it */ }
    }

    function show(text, cls) {
        status.textContent = text;
        status.className = 'au-status ' + (cls || '');
        page.dataset.state = cls || 'ok';
    }

    function fresh() {
        state = {clientId: newId(), answers: {}, comments: {}, submitPending: false, savedOnServer: false};
        document.querySelectorAll('.au-answer').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
        document.querySelectorAll('.au-comment').forEach(function (t) { t.value = ''; });
        document.querySelectorAll('.au-photo-state').forEach(function (s) { s.textContent = ''; });
        document.getElementById('au-result').hidden = true;
        document.getElementById('au-submit').disabled = false;
        readHeader();
        store();
    }

    function readHeader() {
        state.store = document.getElementById('au-store').value;
        state.employeeId = document.getElementById('au-employee').value;
        state.date = document.getElementById('au-date').value;
        state.time = document.getElementById('au-time').value;
        var ch = document.querySelector('input[name=au-channel]:checked');
        state.channel = ch ? ch.value : 'FLOOR';
    }

    function writeHeader() {
        if (state.store) { document.getElementById('au-store').value = state.store; }
        if (state.employeeId) { document.getElementById('au-employee').value = state.employeeId; }
        if (state.date) { document.getElementById('au-date').value = state.date; }
        if (state.time) { document.getElementById('au-time').value = state.time; }
        var ch = document.querySelector('input[name=au-channel][value=' + (state.channel || 'FLOOR') + ']');
        if (ch) { ch.checked = true; }
        Object.keys(state.answers).forEach(function (line) {
            var a = state.answers[line];
            var box = document.getElementById('line-' + line);
            if (!box) { return; }
            box.querySelectorAll('.au-answer').forEach(function (b) {
                var match = a.na ? b.dataset.na === 'true' : (b.dataset.points === String(a.points) && b.dataset.na !== 'true');
                b.setAttribute('aria-pressed', match ? 'true' : 'false');
            });
        });
        Object.keys(state.comments).forEach(function (line) {
            var t = document.getElementById('comment-' + line);
            if (t) { t.value = state.comments[line]; }
        });
    }

    function body() {
        var answers = [];
        document.querySelectorAll('.au-line').forEach(function (box) {
            var line = box.dataset.line;
            var a = state.answers[line];
            var comment = state.comments[line] || null;
            if (a || comment) {
                answers.push({line: line, points: a && !a.na ? a.points : null, na: !!(a && a.na), comment: comment});
            }
        });
        return {
            clientId: state.clientId, checklist: cfg.checklist, checklistVersion: parseInt(cfg.version, 10),
            store: state.store || null, date: state.date || null, time: state.time || null,
            employeeId: state.employeeId ? parseInt(state.employeeId, 10) : null, channel: state.channel, answers: answers
        };
    }

    function headerComplete() {
        return state.store && state.employeeId && state.date;
    }

    function changed() {
        store();
        show(cfg.msgLocal, 'local');
        clearTimeout(saveTimer);
        saveTimer = setTimeout(saveDraft, 800);
    }

    /** Autosave to the server; quietly waits when the header is incomplete or the connection is gone. */
    function saveDraft() {
        if (state.submitPending) {
            return submit();
        }
        if (!headerComplete()) {
            return Promise.resolve();
        }
        show(cfg.msgSaving, 'saving');
        return fetch(cfg.api + '/audits/drafts/' + encodeURIComponent(state.clientId), {
            method: 'PUT', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body())
        }).then(function (r) {
            if (r.ok) {
                state.savedOnServer = true;
                store();
                show(cfg.msgSaved, 'ok');
                return sendPhotos();
            }
            if (r.status === 401) {
                show(cfg.msgSignin, 'signin');
                return undefined;
            }
            return r.json().catch(function () { return {}; }).then(function (p) {
                show(cfg.msgRefused + ' ' + describe(p), 'refused');
            });
        }, function () {
            show(cfg.msgOffline, 'offline');
        });
    }

    function describe(problem) {
        var items = (problem.problems || []).map(function (i) { return i.message; });
        return items.length ? items.join('; ') : (problem.detail || '');
    }

    var photos = [];

    function sendPhotos() {
        var next = photos[0];
        if (!next || !state.savedOnServer) {
            return Promise.resolve();
        }
        return fetch(cfg.api + '/audits/drafts/' + encodeURIComponent(state.clientId) + '/photos?line='
            + encodeURIComponent(next.line) + '&photoId=' + encodeURIComponent(next.id), {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': next.file.type === 'image/png' ? 'image/png' : 'image/jpeg', 'Accept': 'application/json'},
            body: next.file
        }).then(function (r) {
            var label = document.querySelector('#line-' + next.line + ' .au-photo-state');
            if (r.ok) {
                photos.shift();
                if (label) { label.textContent = cfg.msgPhotoSent; }
                return sendPhotos();
            }
            photos.shift();
            return r.json().catch(function () { return {}; }).then(function (p) {
                if (label) { label.textContent = cfg.msgPhotoRefused + ' ' + describe(p); }
                return sendPhotos();
            });
        }, function () {
            show(cfg.msgOffline, 'offline');
        });
    }

    function submit() {
        readHeader();
        var missing = [];
        document.querySelectorAll('.au-line').forEach(function (box) {
            if (!state.answers[box.dataset.line]) { missing.push(box.dataset.line); }
        });
        if (!headerComplete() || missing.length) {
            state.submitPending = false;
            store();
            show(cfg.msgMissing + (missing.length ? ' ' + missing.join(', ') : ''), 'refused');
            if (missing.length) {
                var first = document.getElementById('line-' + missing[0]);
                if (first && first.scrollIntoView) { first.scrollIntoView(); }
            }
            return Promise.resolve();
        }
        if (sending) {
            return Promise.resolve();
        }
        sending = true;
        state.submitPending = true;
        store();
        show(cfg.msgSaving, 'saving');
        var payload = body();
        // Photos belong to the draft: save it and send them first, then submit.
        return fetch(cfg.api + '/audits/drafts/' + encodeURIComponent(state.clientId), {
            method: 'PUT', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: JSON.stringify(payload)
        }).then(function (r) {
            if (r.ok) { state.savedOnServer = true; return sendPhotos(); }
            return undefined;
        }).then(function () {
            return fetch(cfg.api + '/audits', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: JSON.stringify(payload)
            });
        }).then(function (r) {
            sending = false;
            if (r.ok) {
                return r.json().then(function (visit) {
                    localStorage.removeItem(key(state.clientId));
                    localStorage.removeItem(CURRENT);
                    state.submitPending = false;
                    showResult(visit);
                    show(cfg.msgSubmitted, 'submitted');
                });
            }
            if (r.status === 401) {
                show(cfg.msgSignin, 'signin');
                return undefined;
            }
            if (r.status >= 500 || r.status === 408 || r.status === 429) {
                show(cfg.msgOffline, 'offline');
                return undefined;
            }
            state.submitPending = false;
            store();
            return r.json().catch(function () { return {}; }).then(function (p) {
                show(cfg.msgRefused + ' ' + describe(p), 'refused');
            });
        }, function () {
            sending = false;
            show(cfg.msgOffline, 'offline'); // kept: sent again when the connection returns
        });
    }

    function showResult(visit) {
        var box = document.getElementById('au-result');
        box.textContent = '';
        var h = document.createElement('p');
        h.className = 'au-score';
        h.id = 'au-result-score';
        h.textContent = cfg.msgScore + ': ' + visit.score + '%';
        box.appendChild(h);
        if (visit.criticalFailed) {
            var c = document.createElement('p');
            c.className = 'bad';
            c.textContent = cfg.msgCritical;
            box.appendChild(c);
        }
        if (visit.failedRules && visit.failedRules.length) {
            var f = document.createElement('p');
            f.id = 'au-result-failed';
            f.textContent = cfg.msgFailed + ': ' + visit.failedRules.join(', ');
            box.appendChild(f);
        }
        box.hidden = false;
        document.getElementById('au-submit').disabled = true;
        box.scrollIntoView && box.scrollIntoView();
    }

    // ---- wiring
    page.addEventListener('click', function (ev) {
        var b = ev.target.closest ? ev.target.closest('.au-answer') : null;
        if (!b) { return; }
        var box = b.closest('.au-line');
        box.querySelectorAll('.au-answer').forEach(function (o) { o.setAttribute('aria-pressed', o === b ? 'true' : 'false'); });
        state.answers[box.dataset.line] = b.dataset.na === 'true' ? {na: true} : {points: parseInt(b.dataset.points, 10)};
        changed();
    });
    page.querySelectorAll('.au-comment').forEach(function (t) {
        t.addEventListener('input', function () {
            state.comments[t.closest('.au-line').dataset.line] = t.value;
            changed();
        });
    });
    page.querySelectorAll('.au-photo').forEach(function (input) {
        input.addEventListener('change', function () {
            var f = input.files && input.files[0];
            if (!f) { return; }
            var label = input.parentNode.querySelector('.au-photo-state');
            if (f.size > 5 * 1024 * 1024 || !/^image\/(jpeg|png)$/.test(f.type)) {
                label.textContent = cfg.msgPhotoRefused;
                return;
            }
            label.textContent = cfg.msgPhotoWait;
            photos.push({id: newId(), line: input.closest('.au-line').dataset.line, file: f});
            saveDraft();
        });
    });
    ['au-store', 'au-employee', 'au-date', 'au-time'].forEach(function (id) {
        document.getElementById(id).addEventListener('change', function () { readHeader(); changed(); });
    });
    page.querySelectorAll('input[name=au-channel]').forEach(function (r) {
        r.addEventListener('change', function () { readHeader(); changed(); });
    });
    document.getElementById('au-submit').addEventListener('click', function () { submit(); });
    document.getElementById('au-new').addEventListener('click', function () { fresh(); show(cfg.msgLocal, 'local'); });
    window.addEventListener('online', function () { saveDraft(); });
    setInterval(function () {
        if (state.submitPending || page.dataset.state === 'offline') { saveDraft(); }
    }, 15000);

    // ---- start: resume the visit kept on this phone, if any
    var current = localStorage.getItem(CURRENT);
    var kept = current ? localStorage.getItem(key(current)) : null;
    if (kept) {
        try {
            state = JSON.parse(kept);
            state.answers = state.answers || {};
            state.comments = state.comments || {};
            writeHeader();
            show(cfg.msgRestored, 'local');
            saveDraft(); // re-send: the server keeps one visit per client id, so nothing doubles
        } catch (e) {
            fresh();
        }
    } else {
        fresh();
        show(cfg.msgLocal, 'local');
    }
}());
