/*
 * Northwind demo SCO, written for FirstShift. Pages 1-4, a two-question check, resume at the page
 * where the learner stopped. Talks SCORM 1.2 or 2004 (body data-scorm) to whichever API it finds.
 */
(function () {
    'use strict';
    var v12 = document.body.getAttribute('data-scorm') === '1.2';
    var PAGES = 4;
    var page = 1;
    var api = find(window);
    var answers = {};

    function find(w) {
        for (var i = 0; w && i < 10; i++) {
            if (v12 && w.API) { return w.API; }
            if (!v12 && w.API_1484_11) { return w.API_1484_11; }
            if (w.parent === w) { break; }
            w = w.parent;
        }
        return null;
    }

    function call(name12, name2004) {
        var args = Array.prototype.slice.call(arguments, 2);
        if (!api) { return ''; }
        return api[v12 ? name12 : name2004].apply(api, args);
    }
    function get(e12, e2004) { return call('LMSGetValue', 'GetValue', v12 ? e12 : e2004); }
    function set(e12, e2004, value) { return call('LMSSetValue', 'SetValue', v12 ? e12 : e2004, String(value)); }
    function commit() { return call('LMSCommit', 'Commit', ''); }
    function finish() { return call('LMSFinish', 'Terminate', ''); }

    function show(n) {
        page = Math.max(1, Math.min(PAGES, n));
        for (var i = 1; i <= PAGES; i++) {
            document.getElementById('page-' + i).className = 'page' + (i === page ? ' shown' : '');
        }
        document.getElementById('where').textContent = 'Page ' + page + ' of ' + PAGES;
        document.getElementById('prev').disabled = page === 1;
        document.getElementById('next').disabled = page >= 3;
        set('cmi.core.lesson_location', 'cmi.location', 'page-' + page);
        commit();
    }

    function saveAnswers() {
        var parts = [];
        Object.keys(answers).forEach(function (k) { parts.push(k + '=' + answers[k]); });
        set('cmi.suspend_data', 'cmi.suspend_data', parts.join('&'));
    }

    function restoreAnswers() {
        var data = get('cmi.suspend_data', 'cmi.suspend_data');
        (data || '').split('&').forEach(function (pair) {
            var kv = pair.split('=');
            if (kv.length === 2) {
                answers[kv[0]] = kv[1];
                var input = document.getElementById(kv[0] + '-' + kv[1]);
                if (input) { input.checked = true; }
            }
        });
    }

    function check() {
        var correct = (answers.q1 === 'b' ? 1 : 0) + (answers.q2 === 'c' ? 1 : 0);
        var percent = Math.round(100 * correct / 2);
        if (v12) {
            set('cmi.core.score.min', '', 0);
            set('cmi.core.score.max', '', 100);
            set('cmi.core.score.raw', '', percent);
            set('cmi.core.lesson_status', '', 'completed');
        } else {
            set('', 'cmi.score.min', 0);
            set('', 'cmi.score.max', 100);
            set('', 'cmi.score.raw', percent);
            set('', 'cmi.score.scaled', percent / 100);
            set('', 'cmi.success_status', percent >= 80 ? 'passed' : 'failed');
            set('', 'cmi.completion_status', 'completed');
        }
        document.getElementById('result').textContent = 'You scored ' + percent + '%. '
            + (percent >= 80 ? 'Well done: that is the Northwind greeting.' : 'Have another look at page 2 and try again.');
        saveAnswers();
        show(4);
    }

    function close(exit12, exit2004) {
        saveAnswers();
        set('cmi.core.exit', 'cmi.exit', v12 ? exit12 : exit2004);
        set('cmi.core.session_time', 'cmi.session_time', v12 ? '0000:01:00.00' : 'PT1M');
        finish();
        document.querySelector('.nav').hidden = true;
        document.getElementById('closed').hidden = false;
    }

    document.getElementById('prev').addEventListener('click', function () { show(page - 1); });
    document.getElementById('next').addEventListener('click', function () { show(page + 1); });
    document.getElementById('check').addEventListener('click', check);
    document.getElementById('suspend').addEventListener('click', function () { close('suspend', 'suspend'); });
    document.getElementById('finish').addEventListener('click', function () { close('', 'normal'); });
    Array.prototype.forEach.call(document.querySelectorAll('input[type=radio]'), function (input) {
        input.addEventListener('change', function () { answers[input.name] = input.value; saveAnswers(); });
    });

    call('LMSInitialize', 'Initialize', '');
    if (v12 && get('cmi.core.lesson_status', '') === 'not attempted') {
        set('cmi.core.lesson_status', '', 'incomplete');
    }
    if (!v12 && get('', 'cmi.completion_status') === 'unknown') {
        set('', 'cmi.completion_status', 'incomplete');
    }
    var entry = get('cmi.core.entry', 'cmi.entry');
    var location = get('cmi.core.lesson_location', 'cmi.location');
    restoreAnswers();
    show(entry === 'resume' && /^page-\d$/.test(location) ? parseInt(location.substring(5), 10) : 1);
}());
