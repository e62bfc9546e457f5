/*
 * FirstShift exam taking. Every answer goes to the server the moment it is given (one PUT per
 * question; the newest answer wins, one request per question at a time, retried until the
 * server acknowledges it), and each question shows whether its answer is saved. The time left
 * always comes from the server: the page counts down from the server's figure, refreshed with every
 * acknowledged save. A reload resumes the open attempt with the saved answers. Vanilla JavaScript.
 *
 * For tests: window.FirstShiftExam.pending() is the number of answers not yet acknowledged.
 */
(function () {
    'use strict';
    var root = document.getElementById('exam-take');
    if (!root || !window.fetch) {
        return;
    }
    var cfg = root.dataset;
    var attempt = null;
    var endsAt = 0;               // performance.now() time at which the server's deadline falls
    var timer = null;
    var states = {};              // questionId -> {revision, inFlight, queued, el}
    var finished = false;

    function t(key) {
        return cfg['t' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
    }

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

    function error(text) {
        var e = document.getElementById('exam-error');
        e.textContent = text;
        e.hidden = !text;
    }

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined && text !== null) { e.textContent = text; }
        return e;
    }

    function setRemaining(seconds) {
        endsAt = performance.now() + seconds * 1000;
        tick();
    }

    function tick() {
        var left = Math.max(0, Math.round((endsAt - performance.now()) / 1000));
        var m = Math.floor(left / 60), s = left % 60;
        document.getElementById('exam-timer').textContent = m + ':' + (s < 10 ? '0' : '') + s;
        document.getElementById('exam-bar').classList.toggle('low', left < 60);
        if (left === 0 && !finished) {
            finish(true);
        }
    }

    function showState(id, kind, text) {
        var st = states[id];
        st.stateEl.className = 'state ' + kind;
        st.stateEl.textContent = text;
        st.stateEl.dataset.state = kind;
    }

    function progress() {
        var answered = Object.keys(states).filter(function (id) { return states[id].values.length > 0; }).length;
        document.getElementById('exam-progress').textContent = answered + ' / ' + attempt.questions.length;
    }

    /* Sends the newest answer of a question; one request per question at a time. */
    function save(id, values) {
        var st = states[id];
        st.values = values;
        st.queued = values;
        progress();
        if (st.inFlight) {
            return;
        }
        send(id, 0);
    }

    function send(id, tries) {
        var st = states[id];
        if (st.queued === null) {
            return;
        }
        var values = st.queued;
        st.queued = null;
        st.inFlight = true;
        showState(id, 'pending', t('saving'));
        api('PUT', '/exam-attempts/' + attempt.id + '/answers/' + encodeURIComponent(id), {values: values, revision: st.revision})
            .then(function (r) {
                st.inFlight = false;
                if (r.status === 200) {
                    st.revision = r.json.revision;
                    setRemaining(r.json.remainingSeconds);
                    if (st.queued !== null) {
                        send(id, 0);
                    } else {
                        showState(id, 'saved', t('saved') + ' ✓');
                    }
                } else if (r.status === 409 && r.json && r.json.problems && r.json.problems[0] && r.json.problems[0].column === 'deadline') {
                    finish(true);
                } else if (r.status === 422 || r.status === 409 || r.status === 404) {
                    showState(id, 'refused', t('refused') + ': ' + (r.json && r.json.detail ? r.json.detail : r.status));
                    if (st.queued !== null) { send(id, 0); }
                } else {
                    retry(id, values, tries);
                }
            }, function () {
                st.inFlight = false;
                retry(id, values, tries);
            });
    }

    function retry(id, values, tries) {
        var st = states[id];
        if (st.queued === null) {
            st.queued = values;
        }
        showState(id, 'pending', t('notSaved'));
        setTimeout(function () { if (!st.inFlight) { send(id, tries + 1); } }, Math.min(15000, 1000 * Math.pow(2, tries)));
    }

    function pending() {
        return Object.keys(states).filter(function (id) { return states[id].inFlight || states[id].queued !== null; }).length;
    }

    function render(a) {
        attempt = a;
        document.getElementById('exam-intro').hidden = true;
        document.getElementById('exam-sheet').hidden = false;
        var list = document.getElementById('exam-questions');
        list.innerHTML = '';
        a.questions.forEach(function (q) {
            var li = el('li', {'class': 'exam-question', 'id': 'q-' + q.id, 'data-question': q.id, 'data-type': q.type});
            if (q.customer) {
                li.appendChild(el('p', {'class': 'customer'}, q.customer));
            }
            li.appendChild(el('p', {'class': 'prompt'}, q.text));
            var body = el('div', {'class': 'answer'});
            li.appendChild(body);
            var stateEl = el('p', {'class': 'state', 'aria-live': 'polite'});
            states[q.id] = {revision: q.revision, inFlight: false, queued: null, values: q.answer || [], stateEl: stateEl};
            build(q, body);
            li.appendChild(stateEl);
            if (q.answer && q.answer.length) {
                setTimeout(function () { showState(q.id, 'saved', t('saved') + ' ✓'); }, 0);
            }
            list.appendChild(li);
        });
        setRemaining(a.remainingSeconds);
        progress();
        if (timer) { clearInterval(timer); }
        timer = setInterval(tick, 1000);
    }

    function name(q) {
        return 'a-' + q.id;
    }

    function build(q, body) {
        var given = q.answer || [];
        if (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple' || q.type === 'true_false') {
            var multiple = q.type === 'multiple';
            var opts = q.type === 'true_false' ? [{id: 'true', text: t('true')}, {id: 'false', text: t('false')}] : q.options;
            opts.forEach(function (o) {
                var label = el('label', {'class': 'choice'});
                var input = el('input', {type: multiple ? 'checkbox' : 'radio', name: name(q), value: o.id, 'data-option': o.id});
                input.checked = given.indexOf(o.id) >= 0;
                input.addEventListener('change', function () {
                    var chosen = Array.prototype.filter.call(body.querySelectorAll('input'), function (i) { return i.checked; })
                        .map(function (i) { return i.value; });
                    save(q.id, chosen);
                });
                label.appendChild(input);
                label.appendChild(el('span', {}, o.text));
                body.appendChild(label);
            });
        } else if (q.type === 'ordering') {
            q.options.forEach(function (unused, i) {
                var row = el('div', {'class': 'row'});
                var lab = el('label', {'for': name(q) + '-' + i}, t('position') + ' ' + (i + 1));
                var select = el('select', {id: name(q) + '-' + i, 'data-position': String(i + 1)});
                select.appendChild(el('option', {value: ''}, t('choose')));
                q.options.forEach(function (o) {
                    var opt = el('option', {value: o.id}, o.text);
                    opt.selected = given[i] === o.id;
                    select.appendChild(opt);
                });
                select.addEventListener('change', function () {
                    var values = Array.prototype.map.call(body.querySelectorAll('select'), function (s) { return s.value; })
                        .filter(function (v) { return v; });
                    save(q.id, values);
                });
                row.appendChild(lab);
                row.appendChild(select);
                body.appendChild(row);
            });
        } else if (q.type === 'matching') {
            var chosen = {};
            given.forEach(function (v) { var p = v.split('='); chosen[p[0]] = p[1]; });
            q.options.forEach(function (left, i) {
                var row = el('div', {'class': 'row'});
                var lab = el('label', {'for': name(q) + '-' + i}, left.text);
                var select = el('select', {id: name(q) + '-' + i, 'data-left': left.id});
                select.appendChild(el('option', {value: ''}, t('choose')));
                q.targets.forEach(function (r) {
                    var opt = el('option', {value: r.id}, r.text);
                    opt.selected = chosen[left.id] === r.id;
                    select.appendChild(opt);
                });
                select.addEventListener('change', function () {
                    var values = Array.prototype.filter.call(body.querySelectorAll('select'), function (s) { return s.value; })
                        .map(function (s) { return s.dataset.left + '=' + s.value; });
                    save(q.id, values);
                });
                row.appendChild(lab);
                row.appendChild(select);
                body.appendChild(row);
            });
        } else {
            var numeric = q.type === 'numeric';
            var lab2 = el('label', {'for': name(q)}, numeric ? t('number') : t('text'));
            var input = el('input', {type: 'text', id: name(q), autocomplete: 'off', 'data-text': '1'});
            if (numeric) { input.setAttribute('inputmode', 'decimal'); }
            input.value = given.length ? given[0] : '';
            var debounce = null;
            var push = function () {
                clearTimeout(debounce);
                var v = input.value.trim();
                if ((states[q.id].values[0] || '') !== v) {
                    save(q.id, v ? [v] : []);
                }
            };
            input.addEventListener('input', function () { clearTimeout(debounce); debounce = setTimeout(push, 700); });
            input.addEventListener('change', push);
            input.addEventListener('blur', push);
            body.appendChild(lab2);
            body.appendChild(input);
        }
    }

    function finish(byTime) {
        if (finished) {
            return;
        }
        finished = true;
        clearInterval(timer);
        var wait = function () {
            if (pending() > 0 && !byTime) {
                setTimeout(wait, 200);
                return;
            }
            api('POST', '/exam-attempts/' + attempt.id + '/submit').then(function (r) {
                if (r.status === 200) {
                    window.location.href = cfg.results + attempt.id;
                } else {
                    finished = false;
                    error((r.json && r.json.detail) || String(r.status));
                }
            }, function () {
                finished = false;
                error(t('notSaved'));
            });
        };
        wait();
    }

    function start() {
        var call = cfg.open ? api('GET', '/exam-attempts/' + cfg.open) : api('POST', '/exams/' + encodeURIComponent(cfg.exam) + '/attempts');
        call.then(function (r) {
            if (r.status === 200 || r.status === 201) {
                if (r.json.result) {
                    window.location.href = cfg.results + r.json.id;
                    return;
                }
                cfg.open = String(r.json.id);
                render(r.json);
            } else {
                error((r.json && r.json.detail) || String(r.status));
            }
        }, function () { error(t('notSaved')); });
    }

    var startButton = document.getElementById('exam-start');
    if (startButton) {
        startButton.addEventListener('click', start);
    }
    document.getElementById('exam-submit').addEventListener('click', function () {
        if (window.confirm(t('confirm'))) {
            finish(false);
        }
    });
    if (cfg.open) {
        start(); // resume after a reload: the open attempt, its saved answers, the server's time left
    }
    window.FirstShiftExam = {pending: pending};
})();
