/*
 * FirstShift sign-off queue: the mentor's taps are kept on the phone (localStorage) until the
 * server has them, so a weak signal on the floor loses nothing. Each sign-off gets a UUID when it
 * is submitted; the server stores a given UUID once and answers a repeat with the same record, so
 * sending again after a lost answer is safe. Vanilla JavaScript, no framework.
 *
 * For tests and curious people: window.FirstShiftSignOffs.queue() lists what waits, .flush() sends it.
 */
(function () {
    'use strict';
    var page = document.getElementById('sh-signoff');
    if (!page || !window.fetch || !window.localStorage) {
        return;
    }
    var cfg = page.dataset;
    var QUEUE = 'firstshift.signoffs.' + cfg.user;   // per mentor: a shared phone never sends one mentor's taps as another's
    var FAILED = QUEUE + '.refused';
    var MAX_SIDE = 1600;                               // photos are resized on the phone: small to keep, quick to send
    var flushing = null;
    var state = 'ok';
    var sentSomething = false;

    function read(key) {
        try {
            return JSON.parse(localStorage.getItem(key) || '[]');
        } catch (e) {
            return [];
        }
    }

    function write(key, items) {
        localStorage.setItem(key, JSON.stringify(items));
    }

    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    function text(key, n) {
        return (cfg[key] || key).replace('{0}', n === undefined ? '' : n);
    }

    function showStatus() {
        var box = document.getElementById('sh-status');
        var waiting = read(QUEUE).length;
        var refused = read(FAILED);
        var message;
        var kind = 'ok';
        if (refused.length) {
            kind = 'problem';
            message = text('msgRefused', refused.length) + ' ' + refused.map(function (r) { return r.reason; }).join('; ');
        } else if (waiting && state === 'signin') {
            kind = 'problem';
            message = text('msgSignin', waiting);
        } else if (waiting) {
            kind = 'waiting';
            message = text(navigator.onLine && state !== 'offline' ? 'msgSending' : 'msgOffline', waiting);
        } else {
            message = text('msgAllSent');
        }
        box.className = 'sh-status ' + kind;
        box.setAttribute('data-waiting', String(waiting));
        box.textContent = message + ' ';
        if (refused.length) {
            var ok = document.createElement('button');
            ok.type = 'button';
            ok.className = 'button secondary';
            ok.textContent = text('msgDismiss');
            ok.addEventListener('click', function () {
                write(FAILED, []);
                showStatus();
            });
            box.appendChild(ok);
        }
    }

    /** Adds sign-offs to the phone's queue; a photo too big to keep is dropped with a warning. */
    function enqueue(bodies) {
        var queue = read(QUEUE);
        bodies.forEach(function (body) {
            queue.push({id: body.clientId, body: body, queuedAt: new Date().toISOString()});
        });
        try {
            write(QUEUE, queue);
        } catch (full) {
            queue.forEach(function (item) { delete item.body.photo; });
            write(QUEUE, queue);
            alert(text('msgPhotoDropped'));
        }
        showStatus();
    }

    function drop(id) {
        write(QUEUE, read(QUEUE).filter(function (item) { return item.id !== id; }));
    }

    /** Sends the queue in order, one at a time; stops at the first network or server problem and tries later. */
    function flush() {
        if (flushing) {
            return flushing;
        }
        flushing = sendNext().then(function () {
            flushing = null;
            showStatus();
            if (sentSomething && !read(QUEUE).length && !unsavedTaps()) {
                sentSomething = false;
                window.location.reload();  // show the new state: open tasks, sign-offs to confirm
            }
        });
        return flushing;
    }

    function sendNext() {
        var item = read(QUEUE)[0];
        if (!item) {
            state = 'ok';
            return Promise.resolve();
        }
        return fetch(cfg.api + '/shadowing/signoffs', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(item.body)
        }).then(function (answer) {
            if (answer.ok) {
                drop(item.id);
                sentSomething = true;
                state = 'ok';
                return sendNext();
            }
            if (answer.status === 401) {
                state = 'signin';
                return undefined;
            }
            if (answer.status >= 500 || answer.status === 408 || answer.status === 429) {
                state = 'retry';
                return undefined;
            }
            // Refused for good (not your trainee today, invalid): take it out of the queue and say why.
            return answer.json().catch(function () { return {}; }).then(function (problem) {
                var refused = read(FAILED);
                refused.push({id: item.id, body: item.body, status: answer.status, reason: problem.detail || String(answer.status)});
                write(FAILED, refused);
                drop(item.id);
                return sendNext();
            });
        }, function () {
            state = 'offline';  // no connection: keep it and try again later
        });
    }

    function unsavedTaps() {
        return page.querySelector('.sh-rate[aria-pressed=true]') !== null;
    }

    function photoOf(task) {
        var input = task.querySelector('.sh-photo');
        var file = input && input.files && input.files[0];
        if (!file) {
            return Promise.resolve(null);
        }
        if (!/^image\/(jpeg|png)$/.test(file.type)) {
            return Promise.reject(new Error(text('msgPhotoType')));
        }
        return new Promise(function (resolve, reject) {
            var url = URL.createObjectURL(file);
            var img = new Image();
            img.onload = function () {
                var scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
                var canvas = document.createElement('canvas');
                canvas.width = Math.round(img.width * scale);
                canvas.height = Math.round(img.height * scale);
                canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
                URL.revokeObjectURL(url);
                resolve({contentType: 'image/jpeg', data: canvas.toDataURL('image/jpeg', 0.85)});
            };
            img.onerror = function () {
                URL.revokeObjectURL(url);
                reject(new Error(text('msgPhotoType')));
            };
            img.src = url;
        });
    }

    function submitTrainee(card) {
        var tasks = Array.prototype.filter.call(card.querySelectorAll('.sh-task'), function (task) {
            return task.querySelector('.sh-rate[aria-pressed=true]') !== null;
        });
        return Promise.all(tasks.map(function (task) {
            return photoOf(task).then(function (photo) {
                var body = {
                    clientId: uuid(),
                    traineeId: Number(card.dataset.trainee),
                    shiftId: Number(card.dataset.shift),
                    taskId: task.dataset.task,
                    rating: task.querySelector('.sh-rate[aria-pressed=true]').dataset.rating,
                    comment: task.querySelector('.sh-note').value || null
                };
                if (photo) {
                    body.photo = photo;
                }
                return body;
            });
        })).then(function (bodies) {
            enqueue(bodies);
            tasks.forEach(resetTask);
            card.querySelector('.sh-submit').disabled = true;
            return flush();
        }, function (problem) {
            alert(problem.message);
        });
    }

    function resetTask(task) {
        Array.prototype.forEach.call(task.querySelectorAll('.sh-rate'), function (b) { b.setAttribute('aria-pressed', 'false'); });
        task.querySelector('.sh-note').value = '';
        var photo = task.querySelector('.sh-photo');
        if (photo) {
            photo.value = '';
        }
    }

    function confirmWithPin(card) {
        var pin = card.querySelector('.sh-pin');
        var ids = Array.prototype.map.call(card.querySelectorAll('.sh-awaiting li[data-record]'), function (li) {
            return Number(li.dataset.record);
        });
        var result = card.querySelector('.sh-pin-result');
        return fetch(cfg.api + '/shadowing/trainees/' + card.dataset.trainee + '/pin-confirmations', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({pin: pin.value, signOffIds: ids})
        }).then(function (answer) {
            pin.value = '';
            if (answer.ok) {
                window.location.reload();
                return undefined;
            }
            return answer.json().catch(function () { return {}; }).then(function (problem) {
                result.textContent = problem.detail || String(answer.status);
            });
        }, function () {
            result.textContent = text('msgPinOffline');
        });
    }

    page.addEventListener('click', function (event) {
        var rate = event.target.closest('.sh-rate');
        if (rate) {
            var pressed = rate.getAttribute('aria-pressed') === 'true';
            Array.prototype.forEach.call(rate.parentNode.querySelectorAll('.sh-rate'), function (b) {
                b.setAttribute('aria-pressed', 'false');
            });
            rate.setAttribute('aria-pressed', pressed ? 'false' : 'true');
            var card = rate.closest('.sh-trainee');
            card.querySelector('.sh-submit').disabled = card.querySelector('.sh-rate[aria-pressed=true]') === null;
            return;
        }
        var submit = event.target.closest('.sh-submit');
        if (submit) {
            submitTrainee(submit.closest('.sh-trainee'));
            return;
        }
        var pinButton = event.target.closest('.sh-pin-confirm');
        if (pinButton) {
            confirmWithPin(pinButton.closest('.sh-trainee'));
        }
    });

    Array.prototype.forEach.call(page.querySelectorAll('.sh-submit'), function (b) { b.disabled = true; });
    window.addEventListener('online', flush);
    window.addEventListener('offline', function () { state = 'offline'; showStatus(); });
    setInterval(flush, 20000);
    showStatus();
    flush();

    window.FirstShiftSignOffs = {
        queue: function () { return read(QUEUE); },
        refused: function () { return read(FAILED); },
        flush: flush,
        enqueue: enqueue
    };
}());
