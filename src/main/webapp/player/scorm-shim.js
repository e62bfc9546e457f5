/*
 * FirstShift SCORM API shim, served into the package's sandboxed frame (no allow-same-origin: the
 * content runs in an opaque origin, without FirstShift's cookies or DOM). It defines window.API
 * (SCORM 1.2) or window.API_1484_11 (SCORM 2004) on the content's own window, where SCOs look
 * first. GetValue/SetValue answer at once from a local copy of the attempt's data model, checked
 * with the server's own rules table (window.FS_PLAYER.rules); SetValue calls are batched and sent
 * on Commit/LMSCommit, Terminate/LMSFinish and when the page is hidden, by postMessage to the
 * FirstShift page that framed us, which forwards them to the server with the learner's session.
 * The server replays every call through its data model and is the authority; its answer comes
 * back as a message and is kept for GetDiagnostic. Vanilla JavaScript, no dependencies.
 */
(function () {
    'use strict';
    var cfg = window.FS_PLAYER;
    if (!cfg) {
        return;
    }
    var v12 = cfg.kind === 'SCORM_12';
    var values = cfg.values || {};
    var rules = cfg.rules || {};
    var children = cfg.children || {};
    var navValid = cfg.navValid || {};
    var state = 0;            // 0 not initialized, 1 running, 2 terminated
    var lastError = 0;
    var pending = [];
    var serverNote = '';
    var INDEX = /\.(\d+)(?=\.|$)/g;

    var MESSAGES = {
        0: 'No error', 101: 'General exception', 102: 'General initialization failure', 103: 'Already initialized',
        104: 'Content instance terminated', 111: 'General termination failure', 112: 'Termination before initialization',
        113: 'Termination after termination', 122: 'Retrieve data before initialization', 123: 'Retrieve data after termination',
        132: 'Store data before initialization', 133: 'Store data after termination', 142: 'Commit before initialization',
        143: 'Commit after termination', 201: v12 ? 'Invalid argument error' : 'General argument error',
        202: 'Element cannot have children', 203: 'Element not an array - cannot have count',
        301: v12 ? 'Not initialized' : 'General get failure', 351: 'General set failure', 391: 'General commit failure',
        401: v12 ? 'Not implemented error' : 'Undefined data model element', 402: v12 ? 'Invalid set value, element is a keyword' : 'Unimplemented data model element',
        403: v12 ? 'Element is read only' : 'Data model element value not initialized',
        404: v12 ? 'Element is write only' : 'Data model element is read only',
        405: v12 ? 'Incorrect data type' : 'Data model element is write only', 406: 'Data model element type mismatch',
        407: 'Data model element value out of range', 408: 'Data model dependency not established'
    };

    function normalize(el) { return el.replace(INDEX, '.n'); }

    function count(array) {
        var prefix = array + '.', max = -1;
        Object.keys(values).forEach(function (k) {
            if (k.indexOf(prefix) === 0) {
                var m = /^(\d+)\./.exec(k.substring(prefix.length));
                if (m) { max = Math.max(max, parseInt(m[1], 10)); }
            }
        });
        return max + 1;
    }

    function isArray(n) {
        return Object.keys(rules).some(function (k) { return k.indexOf(n + '.n.') === 0; });
    }

    function isNode(n) {
        return rules[n] || Object.keys(rules).some(function (k) { return k.indexOf(n + '.') === 0; });
    }

    function indices(el) {
        var out = [], m;
        INDEX.lastIndex = 0;
        while ((m = INDEX.exec(el)) !== null) {
            out.push({array: el.substring(0, m.index), index: parseInt(m[1], 10), end: m.index + m[0].length});
        }
        return out;
    }

    function get(el) {
        if (!el) { return [v12 ? 201 : 301, '']; }
        var base, n;
        if (/\._children$/.test(el)) {
            base = el.substring(0, el.length - 10); n = normalize(base);
            if (children[n]) { return [0, children[n]]; }
            return [isNode(n) ? (v12 ? 202 : 301) : (v12 ? 201 : 401), ''];
        }
        if (/\._count$/.test(el)) {
            base = el.substring(0, el.length - 7); n = normalize(base);
            if (isArray(n)) { return [0, String(count(base))]; }
            return [isNode(n) ? (v12 ? 203 : 301) : (v12 ? 201 : 401), ''];
        }
        if (!v12 && el.indexOf('adl.nav.request_valid.') === 0) {
            // Answered by the server's sequencing engine at launch (continue, previous, choice.{target=ID}, jump.{target=ID}).
            var asked = el.substring('adl.nav.request_valid.'.length);
            return [0, Object.prototype.hasOwnProperty.call(navValid, asked) ? navValid[asked] : 'unknown'];
        }
        var rule = rules[normalize(el)];
        if (!rule) { return [v12 ? 201 : 401, '']; }
        if (rule.access === 'WO') { return [v12 ? 404 : 405, '']; }
        var idx = indices(el);
        for (var i = 0; i < idx.length; i++) {
            if (idx[i].index >= count(idx[i].array)) { return [v12 ? 201 : 301, '']; }
        }
        if (!Object.prototype.hasOwnProperty.call(values, el)) { return [v12 ? 0 : 403, '']; }
        return [0, values[el]];
    }

    function set(el, value) {
        if (!el) { return v12 ? 201 : 351; }
        value = String(value);
        if (/\._(children|count|version)$/.test(el)) { return v12 ? 402 : 404; }
        if (!v12 && el.indexOf('adl.nav.request_valid.') === 0) { return 404; }
        var n = normalize(el), rule = rules[n];
        if (!rule) { return v12 ? 201 : 401; }
        if (rule.access === 'RO') { return v12 ? 403 : 404; }
        var idx = indices(el), i;
        for (i = 0; i < idx.length; i++) {
            if (idx[i].index > count(idx[i].array)) { return v12 ? 201 : 351; }
            if (!v12) {
                var an = normalize(idx[i].array), record = el.substring(0, idx[i].end);
                var needsId = an === 'cmi.interactions' || an === 'cmi.objectives' || an === 'cmi.interactions.n.objectives';
                if (needsId && values[record + '.id'] === undefined && el.substring(idx[i].end) !== '.id') { return 408; }
            }
        }
        if (!v12 && (n === 'cmi.interactions.n.correct_responses.n.pattern' || n === 'cmi.interactions.n.learner_response')) {
            var interaction = el.substring(0, el.indexOf('.', 'cmi.interactions.'.length));
            if (values[interaction + '.type'] === undefined) { return 408; }
        }
        var mismatch = v12 ? 405 : 406;
        if (rule.vocabulary && rule.vocabulary.indexOf(value) < 0) { return mismatch; }
        if (rule.pattern && !new RegExp('^(?:' + rule.pattern + ')$').test(value)) { return mismatch; }
        if (rule.maxLength && value.length > rule.maxLength) { return mismatch; }
        if ((rule.min !== undefined || rule.max !== undefined) && value !== '') {
            var d = Number(value);
            if (isNaN(d)) { return mismatch; }
            if ((rule.min !== undefined && d < rule.min) || (rule.max !== undefined && d > rule.max)) { return v12 ? 405 : 407; }
        }
        if (!v12 && /\.id$/.test(n)) {
            var rec = el.substring(0, el.length - 3), arr = rec.substring(0, rec.lastIndexOf('.')), c = count(arr);
            if (n === 'cmi.objectives.n.id' && values[el] !== undefined && values[el] !== value) { return 351; }
            for (i = 0; i < c; i++) {
                if (arr + '.' + i + '.id' !== el && values[arr + '.' + i + '.id'] === value) { return 351; }
            }
        }
        if (v12 && n === 'cmi.core.lesson_status' && value === 'not attempted') { return 405; }
        if (v12 && n === 'cmi.comments') {
            var joined = (values[el] || '') + value;
            if (joined.length > rule.maxLength) { return 405; }
            values[el] = joined;
        } else {
            values[el] = value;
        }
        pending.push({element: el, value: value});
        return 0;
    }

    function send(finish) {
        var calls = pending;
        pending = [];
        window.parent.postMessage({fs: 'commit', attempt: cfg.attempt, calls: calls, finish: !!finish}, '*');
    }

    window.addEventListener('message', function (e) {
        if (e.source !== window.parent || !e.data || e.data.fs !== 'committed') { return; }
        var refused = (e.data.errors || []).filter(function (x) { return x !== 0; });
        serverNote = refused.length ? 'server refused ' + refused.length + ' value(s): ' + refused.join(',') : '';
    });
    window.addEventListener('pagehide', function () {
        if (state === 1 && pending.length) { send(false); }
    });

    function begin(arg, already) {
        if (arg !== '' && arg !== undefined && !v12) { lastError = 201; return 'false'; }
        if (state === 1) { lastError = v12 ? 101 : 103; return 'false'; }
        if (state === 2) { lastError = v12 ? 101 : 104; return 'false'; }
        state = 1; lastError = 0;
        window.parent.postMessage({fs: 'initialized', attempt: cfg.attempt}, '*');
        return 'true';
    }

    function end(arg) {
        if (arg !== '' && arg !== undefined && !v12) { lastError = 201; return 'false'; }
        if (state === 0) { lastError = v12 ? 301 : 112; return 'false'; }
        if (state === 2) { lastError = v12 ? 101 : 113; return 'false'; }
        send(true);
        state = 2; lastError = 0;
        return 'true';
    }

    function getValue(el) {
        if (state !== 1) { lastError = v12 ? 301 : (state === 0 ? 122 : 123); return ''; }
        var r = get(el);
        lastError = r[0];
        return r[1];
    }

    function setValue(el, value) {
        if (state !== 1) { lastError = v12 ? 301 : (state === 0 ? 132 : 133); return 'false'; }
        lastError = set(el, value);
        return lastError === 0 ? 'true' : 'false';
    }

    function commit(arg) {
        if (arg !== '' && arg !== undefined && !v12) { lastError = 201; return 'false'; }
        if (state !== 1) { lastError = v12 ? 301 : (state === 0 ? 142 : 143); return 'false'; }
        send(false);
        lastError = 0;
        return 'true';
    }

    function errorString(code) { return MESSAGES[parseInt(code, 10)] || ''; }

    function diagnostic(code) {
        return (code === '' || code === undefined ? errorString(lastError) : errorString(code)) + (serverNote ? ' (' + serverNote + ')' : '');
    }

    if (v12) {
        window.API = {
            LMSInitialize: begin, LMSFinish: end, LMSGetValue: getValue, LMSSetValue: setValue, LMSCommit: commit,
            LMSGetLastError: function () { return String(lastError); },
            LMSGetErrorString: errorString, LMSGetDiagnostic: diagnostic
        };
    } else {
        window.API_1484_11 = {
            Initialize: begin, Terminate: end, GetValue: getValue, SetValue: setValue, Commit: commit,
            GetLastError: function () { return String(lastError); },
            GetErrorString: errorString, GetDiagnostic: diagnostic, version: '1.0'
        };
    }
}());
