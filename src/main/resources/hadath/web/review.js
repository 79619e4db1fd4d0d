// Hadath review page: sends the text to POST /extract, shows triggers highlighted by type and
// arguments underlined over the user's own characters (offsets are UTF-16, as in JavaScript),
// and lists every event in the side panel. Builds the DOM with textContent only, never HTML
// from data, and loads nothing from other sites.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  let last = null;      // {body, json} of the shown result
  let selected = -1;
  let docName = 'page';

  function status(msg, isError) {
    $('status').textContent = msg;
    $('status').classList.toggle('error', !!isError);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  $('file').addEventListener('change', (e) => {
    const f = e.target.files[0];
    if (!f) return;
    docName = f.name.replace(/\.[^.]*$/, '') || 'page';
    const r = new FileReader();
    r.onload = () => { $('text').value = r.result; status(f.name); };
    r.onerror = () => status('cannot read ' + f.name, true);
    r.readAsText(f, 'utf-8');
  });

  async function post(format, body) {
    const res = await fetch('extract' + (format ? '?format=' + format : ''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      let msg = 'HTTP ' + res.status;
      try { msg += ': ' + (await res.json()).error; } catch (ignored) { /* not JSON */ }
      throw new Error(msg);
    }
    return res;
  }

  $('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = $('text').value;
    if (!text.trim()) { status('النص فارغ · the text is empty', true); return; }
    const body = { id: docName, text: text, date: $('date').value || null };
    status('…');
    $('run').disabled = true;
    try {
      const json = await (await post(null, body)).json();
      last = { body: body, json: json };
      render(text, json);
      status(json.events.length + ' events · ' + json.stats.sentences + ' sentences');
      $('dl-csv').disabled = false;
      $('dl-json').disabled = false;
    } catch (err) {
      status(err.message, true);
    } finally {
      $('run').disabled = false;
    }
  });

  function download(blob, name) {
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  $('dl-json').addEventListener('click', () => {
    if (last) download(new Blob([JSON.stringify(last.json, null, 2)], { type: 'application/json' }), last.body.id + '.json');
  });
  $('dl-csv').addEventListener('click', async () => {
    if (!last) return;
    try {
      // a byte-order mark so that spreadsheet programs read the Arabic as UTF-8
      download(new Blob(['\uFEFF', await (await post('csv', last.body)).text()], { type: 'text/csv' }), last.body.id + '.csv');
    } catch (err) {
      status(err.message, true);
    }
  });

  /** The text as runs of characters, each with the triggers and arguments covering it. */
  function runs(text, events) {
    const marks = [];
    events.forEach((ev, i) => {
      marks.push({ b: ev.trigger.begin, e: ev.trigger.end, ev: i, kind: 'trig' });
      (ev.alt_triggers || []).forEach((a) => marks.push({ b: a.begin, e: a.end, ev: i, kind: 'alt' }));
      ev.arguments.forEach((a) => marks.push({ b: a.begin, e: a.end, ev: i, kind: 'arg', role: a.role }));
    });
    const cuts = new Set([0, text.length]);
    marks.forEach((m) => {
      m.b = Math.max(0, Math.min(text.length, m.b));
      m.e = Math.max(m.b, Math.min(text.length, m.e));
      cuts.add(m.b); cuts.add(m.e);
    });
    const points = Array.from(cuts).sort((x, y) => x - y);
    const out = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const b = points[k], e = points[k + 1];
      out.push({ text: text.slice(b, e), marks: marks.filter((m) => m.b <= b && e <= m.e && m.b < m.e) });
    }
    return out;
  }

  function render(text, json) {
    const events = json.events;
    const doc = $('doc');
    doc.replaceChildren();
    runs(text, events).forEach((r) => {
      if (r.marks.length === 0) { doc.appendChild(document.createTextNode(r.text)); return; }
      const s = el('span', '', r.text);
      const trig = r.marks.find((m) => m.kind === 'trig') || r.marks.find((m) => m.kind === 'alt');
      const args = r.marks.filter((m) => m.kind === 'arg');
      if (trig) {
        const ev = events[trig.ev];
        s.classList.add('trig', 't-' + ev.type);
        if (trig.kind === 'alt') s.classList.add('alt');
        s.dataset.event = trig.ev;
        s.tabIndex = 0;
        s.setAttribute('role', 'button');
        s.title = ev.type + ' #' + (trig.ev + 1);
      }
      if (args.length) {
        s.classList.add('arg');
        s.dataset.args = ' ' + args.map((m) => m.ev).join(' ') + ' ';
        if (!trig) s.title = args.map((m) => m.role + ' #' + (m.ev + 1)).join(', ');
      }
      doc.appendChild(s);
    });
    const list = $('events');
    list.replaceChildren();
    events.forEach((ev, i) => list.appendChild(card(ev, i)));
    $('result').hidden = false;
    selected = -1;
    if (events.length) select(0, false);
  }

  function fmtRange(q) {
    const range = q.max === null || q.max === undefined ? q.min + '+' : q.min === q.max ? String(q.min) : q.min + '–' + q.max;
    return (q.approximate ? '≈' : '') + range;
  }

  function row(table, label, value) {
    const tr = el('tr');
    tr.appendChild(el('th', '', label));
    const td = el('td');
    if (value instanceof Node) td.appendChild(value); else td.textContent = value;
    tr.appendChild(td);
    table.appendChild(tr);
  }

  function argCell(a) {
    const td = el('span');
    td.appendChild(el('span', 'arg-text', a.text));
    const ent = [];
    if (a.actor_id) ent.push(a.actor_id);
    if (a.actor_category) ent.push(a.actor_category);
    if (a.place_id) ent.push(a.place_id);
    if (a.governorate && a.governorate !== a.place_id) ent.push(a.governorate);
    if (a.time) ent.push(a.time);
    const hasPoint = typeof a.lat === 'number' && typeof a.lon === 'number';
    if (!ent.length && !hasPoint) return td;
    // resolved entity and map link on their own left-to-right line, apart from the Arabic words
    const line = el('span', 'ent', ent.join(' · '));
    line.dir = 'ltr';
    if (hasPoint) {
      const link = el('a', 'map', a.lat.toFixed(3) + ', ' + a.lon.toFixed(3) + ' ↗ map');
      // a plain link: nothing is loaded from the map site unless the user follows it
      link.href = 'https://www.openstreetmap.org/?mlat=' + a.lat + '&mlon=' + a.lon + '#map=12/' + a.lat + '/' + a.lon;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      line.appendChild(link);
    }
    td.appendChild(line);
    return td;
  }

  function card(ev, i) {
    const li = el('li', 'card t-' + ev.type);
    li.id = 'ev-' + i;
    li.dataset.event = i;
    const h = el('h2');
    h.appendChild(el('span', 'badge t-' + ev.type, ev.type));
    h.appendChild(el('span', 'trigger', ev.trigger.text));
    h.appendChild(el('span', 'num', '#' + (i + 1)));
    li.appendChild(h);
    const t = el('table');
    ev.arguments.forEach((a) => row(t, a.role, argCell(a)));
    (ev.casualties || []).forEach((c) => {
      row(t, c.kind, fmtRange(c) + (c.victims ? ' · ' + c.victims : '') + ' («' + c.text + '»)');
    });
    if (ev.count) row(t, 'COUNT', fmtRange(ev.count) + ' («' + ev.count.text + '»)');
    li.appendChild(t);
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'flag polarity' + (ev.polarity === 'NEGATIVE' ? ' neg' : ''), ev.polarity));
    meta.appendChild(el('span', 'flag modality' + (ev.modality === 'HYPOTHETICAL' ? ' hyp' : ''), ev.modality));
    if (ev.claimed) meta.appendChild(el('span', 'flag claimed', 'CLAIMED'));
    meta.appendChild(el('span', 'rule', ' rule ' + ev.rule));
    li.appendChild(meta);
    li.addEventListener('click', (e) => { if (!(e.target instanceof HTMLAnchorElement)) select(i, true); });
    return li;
  }

  function select(i, scroll) {
    const n = last ? last.json.events.length : 0;
    if (n === 0) return;
    selected = ((i % n) + n) % n;
    document.querySelectorAll('.sel').forEach((e) => e.classList.remove('sel'));
    document.querySelectorAll('.arg-sel').forEach((e) => e.classList.remove('arg-sel'));
    document.querySelectorAll('.trig[data-event="' + selected + '"]').forEach((e) => e.classList.add('sel'));
    document.querySelectorAll('.arg[data-args~="' + selected + '"]').forEach((e) => e.classList.add('arg-sel'));
    const c = $('ev-' + selected);
    c.classList.add('sel');
    if (scroll) {
      c.scrollIntoView({ block: 'nearest' });
      const t = document.querySelector('.trig[data-event="' + selected + '"]');
      if (t) { t.scrollIntoView({ block: 'center' }); t.focus({ preventScroll: true }); }
    }
  }

  $('doc').addEventListener('click', (e) => {
    const t = e.target.closest('.trig');
    if (t) select(Number(t.dataset.event), true);
  });

  document.addEventListener('keydown', (e) => {
    const tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'textarea' || tag === 'input' || tag === 'button' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (!last || last.json.events.length === 0) return;
    if (e.key === 'n' || e.key === 'j' || e.key === 'ArrowDown') {
      select(selected + 1, true); e.preventDefault();
    } else if (e.key === 'p' || e.key === 'k' || e.key === 'ArrowUp') {
      select(selected - 1, true); e.preventDefault();
    } else if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('trig')) {
      select(Number(e.target.dataset.event), true); e.preventDefault();
    }
  });
}());
