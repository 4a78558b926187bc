/*
 * Worklist helpers on top of htmx (the page works without them):
 * - an expired session never puts the login page inside a row: the row stays with what was typed,
 *   says "Not saved: log in again", and the entry comes back after logging in (sessionStorage);
 * - after a dose is saved, focus moves to the next row still to do;
 * - the search box filters rows as you type; a scanned wristband (the MRN, then Enter) opens that row.
 */
(function () {
  'use strict';
  // Scan fields: a keyboard-wedge scanner types the pack's code then Enter (which sends the form). Some
  // scanners send the GS1 group separator as Ctrl+]: put the character itself in the field.
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!t.hasAttribute || !t.hasAttribute('data-scan') || !(e.ctrlKey && (e.key === ']' || e.code === 'BracketRight'))) return;
    e.preventDefault();
    var at = t.selectionStart || t.value.length;
    t.value = t.value.slice(0, at) + String.fromCharCode(29) + t.value.slice(t.selectionEnd || at);
    t.setSelectionRange(at + 1, at + 1);
  });

  // The camera, where the browser can read barcodes itself (Barcode Detection API) and may use it.
  var policy = document.permissionsPolicy || document.featurePolicy;
  var cameraAllowed = !policy || policy.allowsFeature('camera');
  if ('BarcodeDetector' in window && navigator.mediaDevices && cameraAllowed) {
    document.querySelectorAll('button[data-camera-for]').forEach(function (b) { b.hidden = false; });
    document.addEventListener('click', function (e) {
      var b = e.target.closest && e.target.closest('button[data-camera-for]');
      if (!b) return;
      var input = document.getElementById(b.getAttribute('data-camera-for'));
      var detector = new window.BarcodeDetector({ formats: ['data_matrix', 'code_128', 'qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        var video = document.createElement('video');
        video.className = 'camera-view';
        video.setAttribute('playsinline', '');
        video.srcObject = stream;
        b.parentNode.after(video);
        video.play();
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length) {
              stream.getTracks().forEach(function (t) { t.stop(); });
              video.remove();
              input.value = codes[0].rawValue;
              if (input.form && input.form.requestSubmit) input.form.requestSubmit(); else input.focus();
            } else {
              requestAnimationFrame(look);
            }
          }).catch(function () { requestAnimationFrame(look); });
        };
        look();
      }).catch(function () { input.focus(); });
    });
  }

  // Time fields: the readout beside one says the time as the clinic stores it (24-hour clock).
  function readout(e) {
    var t = e.target;
    if (!t.id || t.tagName !== 'INPUT') return;
    var out = document.querySelector('output[data-clock-for="' + CSS.escape(t.id) + '"]');
    if (out) out.textContent = t.value.replace('T', ' ');
  }
  // The field shows "2026-12-01 16:10", shownAt keeps "2026-12-01T16:10": the same time, not a change.
  function sameMinute(a, b) { return (a || '').replace(' ', 'T') === (b || '').replace(' ', 'T'); }
  // Capture phase: a picker (or a script) may send a change event that does not bubble.
  document.addEventListener('input', readout, true);
  document.addEventListener('change', readout, true);

  // The dose form reached from the course page keeps the worklist row's promise on an expired session:
  // asked first whether the session still holds; if not, nothing is sent, what was typed is kept
  // (sessionStorage) and comes back on this form after logging in.
  var DOSE_KEY = 'dose-form-draft';
  var doseForm = document.querySelector('form[data-keep-draft]');
  function doseMessage(text, link, kind) {
    var p = doseForm.querySelector('.wl-message') || document.createElement('p');
    p.className = 'wl-message ' + (kind || 'error');
    p.setAttribute('role', 'alert');
    p.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = doseForm.dataset.keepDraft;
      a.textContent = link;
      p.appendChild(document.createTextNode(' '));
      p.appendChild(a);
    }
    doseForm.insertBefore(p, doseForm.firstChild);
  }
  if (doseForm) {
    doseForm.addEventListener('submit', function (e) {
      if (doseForm.dataset.sessionChecked) return;
      e.preventDefault();
      var send = function () {
        doseForm.dataset.sessionChecked = 'true';
        if (doseForm.requestSubmit) doseForm.requestSubmit(); else doseForm.submit();
      };
      fetch(doseForm.dataset.keepDraft, { redirect: 'manual', credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) {
          if (r.type !== 'opaqueredirect' && r.status !== 401) return send();
          var fields = {};
          Array.prototype.forEach.call(doseForm.elements, function (el) {
            if (!el.name || el.name === 'csrf-token' || el.name === 'submissionToken') return;
            if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
            fields[el.name] = el.value;
          });
          try {
            sessionStorage.setItem(DOSE_KEY, JSON.stringify({ page: doseForm.dataset.keepDraft, fields: fields }));
          } catch (x) { /* private mode: the form still shows what was typed */ }
          doseMessage(doseForm.dataset.msgLogin, doseForm.dataset.msgLoginLink);
        })
        .catch(send);
    });
    var kept;
    try { kept = JSON.parse(sessionStorage.getItem(DOSE_KEY) || 'null'); } catch (x) { kept = null; }
    if (kept && kept.page === location.pathname) {
      sessionStorage.removeItem(DOSE_KEY);
      var f = kept.fields, sameTime = sameMinute(f.administeredAt, f.shownAt);
      Object.keys(f).forEach(function (name) {
        if (name === 'shownAt' || (name === 'administeredAt' && sameTime)) return;
        var el = doseForm.elements[name];
        if (!el || el.type === 'hidden') return;
        if (el.type === 'checkbox') el.checked = true; else el.value = f[name];
        if (name === 'administeredAt') readout({ target: el });
      });
      doseMessage(doseForm.dataset.msgRestored, null, 'warning');
      var firstField = doseForm.querySelector('input:not([type=hidden]), select');
      if (firstField) firstField.focus();
    }
  }

  var KEY = 'worklist-draft';
  var list = document.getElementById('worklist');
  if (!list) return;

  function rowOf(el) { return el && el.closest ? el.closest('article.wl-row') : null; }

  function say(row, text, linkText, kind) {
    var p = row.querySelector('.wl-message');
    if (!p) {
      p = document.createElement('p');
      p.setAttribute('role', 'alert');
      row.appendChild(p);
    }
    p.className = 'wl-message ' + (kind || 'error');
    p.textContent = text;
    if (linkText) {
      var a = document.createElement('a');
      // Back to this very view (its ward and search) after logging in, where the row is restored.
      a.href = location.pathname + location.search;
      a.textContent = linkText;
      p.appendChild(document.createTextNode(' '));
      p.appendChild(a);
    }
  }

  function saveDraft(form, row) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === 'csrf-token' || el.name === 'submissionToken') return;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
      fields[el.name] = el.value;
    });
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ course: row.dataset.course, form: form.className, fields: fields }));
    } catch (e) { /* private mode: the row still shows what was typed */ }
  }

  function loggedOut(xhr) {
    if (xhr.status === 401) return true;
    try { return new URL(xhr.responseURL || location.href, location.href).pathname === '/login'; } catch (e) { return false; }
  }

  document.body.addEventListener('htmx:beforeSwap', function (e) {
    var elt = (e.detail.requestConfig && e.detail.requestConfig.elt) || e.detail.elt;
    var form = elt && elt.closest ? elt.closest('form') : null, row = rowOf(form);
    if (!form || !row || !loggedOut(e.detail.xhr)) return;
    e.detail.shouldSwap = false;
    e.detail.isError = false;
    saveDraft(form, row);
    say(row, list.dataset.msgLogin, list.dataset.msgLoginLink);
  });

  document.body.addEventListener('htmx:sendError', function (e) {
    var row = rowOf(e.detail.elt);
    if (row) say(row, list.dataset.msgNetwork);
  });

  // Opening a row puts the cursor in its scan field, ready for the scanner.
  list.addEventListener('toggle', function (e) {
    var d = e.target;
    if (!d.open || !d.closest) return;
    var scan = d.querySelector('input[data-scan]');
    if (scan) scan.focus();
  }, true);

  function todo(row) { return row.dataset.state !== 'done' && !row.hidden; }

  // A pack read by its scan (Enter in the scan field): nothing is saved yet; Give confirms it in one tap.
  document.body.addEventListener('htmx:load', function (e) {
    var row = e.detail.elt;
    if (!row.matches || !row.matches('article.wl-row[data-read]')) return;
    var give = row.querySelector('form.wl-give .actions button[type=submit]');
    if (give) give.focus();
  });

  document.body.addEventListener('htmx:load', function (e) {
    var row = e.detail.elt;
    if (!row.matches || !row.matches('article.wl-row[data-saved]')) return;
    var rows = Array.prototype.slice.call(list.querySelectorAll('article.wl-row'));
    var next = rows.slice(rows.indexOf(row) + 1).concat(rows.slice(0, rows.indexOf(row))).filter(todo)[0];
    if (next) next.querySelector('summary').focus();
  });

  function restore() {
    var draft;
    try { draft = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { draft = null; }
    if (!draft) return;
    sessionStorage.removeItem(KEY);
    var row = document.getElementById('row-' + draft.course);
    if (!row) return;
    var form = row.querySelector('form.' + (draft.form || 'wl-give').split(' ')[0]);
    if (!form) return;
    var f = draft.fields, timeUnchanged = sameMinute(f.administeredAt, f.shownAt);
    Object.keys(f).forEach(function (name) {
      if (name === 'shownAt' || (name === 'administeredAt' && timeUnchanged)) return;
      var el = form.elements[name];
      if (!el || el.type === 'hidden') return;
      if (el.type === 'checkbox') el.checked = true; else el.value = f[name];
    });
    var details = row.querySelector('details');
    if (details) details.open = true;
    say(row, list.dataset.msgRestored, null, 'warning');
    row.scrollIntoView({ block: 'center' });
    var first = form.querySelector('input:not([type=hidden]), select');
    if (first) first.focus();
  }

  // As patient/Wristband does on the server: a scanner's AIM identifier (]C1, ]d2, ]Q3...) and control characters.
  function wristband(v) {
    return v.trim().replace(/^\][A-Za-z][0-9A-Za-z]/, '').replace(/[\x00-\x1f\x7f]/g, '').trim();
  }

  function openRow(match) {
    var details = match.querySelector('details');
    details.open = true;
    match.scrollIntoView({ block: 'start' });
    var first = match.querySelector('form input:not([type=hidden]), form select, summary');
    if (first) first.focus();
  }

  // As patient/SearchKey: "Müller" finds "Muller" and the other way round.
  function fold(v) { return v.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var search = document.getElementById('find');
  function filter() {
    var q = fold(wristband(search.value));
    list.querySelectorAll('article.wl-row').forEach(function (row) {
      row.hidden = q !== '' && fold(row.dataset.search).indexOf(q) < 0;
    });
  }
  if (search) {
    search.addEventListener('input', filter);
    search.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter') return;
      var q = wristband(search.value);
      var match = list.querySelector('article.wl-row[data-mrn="' + CSS.escape(q) + '"]');
      if (!match) return; // no exact MRN: the form is sent and the server searches
      e.preventDefault();
      search.value = '';
      filter();
      openRow(match);
    });
    // Sent to the server (the MRN was not on this page): the list comes back with that patient's row; open it.
    var asked = search.value && list.querySelector('article.wl-row[data-mrn="' + CSS.escape(wristband(search.value)) + '"]');
    if (asked && !sessionStorage.getItem(KEY)) openRow(asked);
  }

  restore();
})();
