// flamefix dashboard: a small hash-routed page over the REST API (docs/api.md).
// Plain browser JavaScript on purpose: the server jar serves it as is, with no build step at run time.
(function () {
  'use strict';

  const view = document.getElementById('view');
  const errorBox = document.getElementById('error');
  const tokenInput = document.getElementById('token');
  tokenInput.value = localStorage.getItem('flamefix.token') || '';
  document.getElementById('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    localStorage.setItem('flamefix.token', tokenInput.value.trim());
    route();
  });

  // ---- helpers -------------------------------------------------------------------------------

  function headers(extra) {
    const h = Object.assign({ Accept: 'application/json' }, extra || {});
    const t = localStorage.getItem('flamefix.token');
    if (t) h.Authorization = 'Bearer ' + t;
    return h;
  }

  async function api(path, options) {
    const opts = Object.assign({}, options || {});
    opts.headers = headers(opts.body ? { 'Content-Type': 'application/json' } : {});
    const res = await fetch(path, opts);
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
    if (!res.ok) {
      const detail = body && (body.detail || body.title) ? (body.detail || body.title) : res.statusText;
      throw new Error(res.status + ' ' + detail);
    }
    return body;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (v !== undefined && v !== null) node.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const pct = (x) => (x * 100).toFixed(1) + '%';
  const num = (x, d) => (x === null || x === undefined || Number.isNaN(x)) ? '–' : Number(x).toFixed(d === undefined ? 2 : d);
  const when = (ms) => ms ? new Date(ms).toLocaleString() : '–';
  const badge = (s) => el('span', { class: 'badge ' + String(s).toLowerCase() }, String(s).toLowerCase());

  function showError(e) {
    errorBox.hidden = false;
    errorBox.textContent = e.message || String(e);
  }

  function setView(title, ...children) {
    errorBox.hidden = true;
    view.replaceChildren(el('h1', {}, title), ...children);
  }

  function table(columns, rows, attrs) {
    const head = el('tr', {}, columns.map((c) => el('th', { class: c.num ? 'num' : '' }, c.title)));
    const body = rows.map((r) => el('tr', r.__attrs || {},
      columns.map((c) => el('td', { class: c.num ? 'num' : '' }, c.render(r)))));
    return el('table', attrs || {}, el('thead', {}, head), el('tbody', {}, body));
  }

  function sparkline(values) {
    const max = Math.max(1e-9, ...values);
    return el('span', { class: 'spark', title: values.map(pct).join(' → ') },
      values.map((v) => el('span', { style: 'height:' + Math.max(1, Math.round(18 * v / max)) + 'px' })));
  }

  // ---- pages ---------------------------------------------------------------------------------

  async function appsPage() {
    const apps = await api('/api/apps');
    const rows = await Promise.all(apps.map(async (a) => {
      let savings = null;
      try { savings = await api('/api/apps/' + encodeURIComponent(a.name) + '/savings'); } catch (e) { /* optional */ }
      return Object.assign({ savings }, a, { __attrs: { 'data-app': a.name } });
    }));
    setView('Applications',
      el('div', { class: 'panel' }, apps.length === 0
        ? el('p', { class: 'muted' }, 'No profiles yet. Start a JVM with the flamefix agent (docs/agent.md).')
        : table([
          { title: 'App', render: (r) => el('a', { href: '#/apps/' + encodeURIComponent(r.name) }, r.name) },
          { title: 'Events', render: (r) => r.events.join(', ') },
          { title: 'Windows', num: true, render: (r) => r.windows },
          { title: 'Samples', num: true, render: (r) => r.samples },
          { title: 'Last seen', render: (r) => when(r.lastMs) },
          { title: 'Est. savings (core-h/day)', num: true, render: (r) => r.savings ? num(r.savings.coreHoursPerDay) : '–' },
          { title: 'kWh/day', num: true, render: (r) => r.savings ? num(r.savings.kwhPerDay) : '–' },
        ], rows, { id: 'apps-table' })));
  }

  async function appPage(app) {
    const enc = encodeURIComponent(app);
    const range = el('select', { id: 'range' },
      ['now-5m', 'now-15m', 'now-1h', 'now-6h', 'now-1d', 'now-7d'].map((r) => el('option', { value: r }, r.substring(4))));
    range.value = sessionStorage.getItem('flamefix.range') || 'now-1h';
    const search = el('input', { id: 'flame-search', placeholder: 'search frames' });
    const diffToggle = el('input', { type: 'checkbox', id: 'diff-toggle' });
    const flame = el('div', { id: 'flame' });
    const hotspotPanel = el('div', { class: 'panel', id: 'hotspots' }, el('p', { class: 'muted' }, 'Loading…'));
    const recordForm = el('div', { id: 'record-form-host' });
    const recordingsPanel = el('div', { class: 'panel', id: 'recordings' });
    setView(app,
      el('div', { class: 'toolbar' },
        el('label', {}, 'Range ', range),
        search,
        el('button', { class: 'secondary', onclick: () => searchFrames() }, 'Search'),
        el('button', { class: 'secondary', onclick: () => chart && chart.resetZoom() }, 'Reset zoom'),
        el('label', { title: 'Compare the second half of the range with the first' }, diffToggle, ' diff vs. previous half')),
      el('div', { class: 'panel' }, flame),
      el('h2', {}, 'Hotspots in application code'),
      hotspotPanel,
      recordForm,
      el('h2', {}, 'Recorded calls'),
      recordingsPanel);
    window.flamefixRecordings.panel(app, recordingsPanel).catch(showError);

    let chart = null;
    async function load() {
      sessionStorage.setItem('flamefix.range', range.value);
      const from = range.value;
      let data;
      if (diffToggle.checked) {
        const spanMs = parseDuration(from.substring(4));
        const now = Date.now();
        const mid = now - spanMs / 2;
        data = await api('/api/apps/' + enc + '/flamegraph/diff?baseFrom=' + Math.round(now - spanMs) + '&baseTo=' + Math.round(mid) + '&from=' + Math.round(mid) + '&to=' + now);
      } else {
        data = await api('/api/apps/' + enc + '/flamegraph?from=' + from);
      }
      flame.replaceChildren();
      chart = flamegraph().width(Math.max(600, flame.clientWidth - 20)).cellHeight(18).minFrameSize(2)
        .transitionDuration(300).tooltip(flamegraph.tooltip.defaultFlamegraphTooltip()
          .text((d) => d.data.name + ': ' + d.data.value + ' samples' + (d.data.delta !== undefined ? ', Δ ' + pct(d.data.delta) : '')));
      if (diffToggle.checked) chart.differential(false).setColorMapper((d, original) =>
        d.data.delta === undefined ? original : d.data.delta > 0 ? 'rgb(230,' + Math.round(200 - 800 * Math.min(.2, d.data.delta)) + ',120)' : 'rgb(120,' + Math.round(200 + 250 * Math.max(-.2, d.data.delta)) + ',230)');
      d3.select(flame).datum(data).call(chart);
      // Deep stacks make the graph taller than its panel: show the root and the wide frames first.
      flame.scrollTop = flame.scrollHeight;
      const report = await api('/api/apps/' + enc + '/hotspots?limit=25&from=' + from);
      renderHotspots(app, report, hotspotPanel,
        (method) => window.flamefixRecordings.open(app, method, recordForm, recordingsPanel));
    }
    range.addEventListener('change', () => load().catch(showError));
    diffToggle.addEventListener('change', () => load().catch(showError));
    // An empty search clears the highlight instead of matching every frame.
    function searchFrames() {
      if (!chart) return;
      if (search.value.trim()) chart.search(search.value.trim()); else chart.clear();
    }
    search.addEventListener('keydown', (e) => { if (e.key === 'Enter') searchFrames(); });
    await load();
  }

  function parseDuration(s) {
    const n = parseInt(s, 10);
    return n * ({ s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 })[s.slice(-1)];
  }

  function renderHotspots(app, report, panel, record) {
    if (!report.hotspots.length) {
      panel.replaceChildren(el('p', { class: 'muted' }, 'No application method reaches ' + pct(report.minShare) + ' of the samples in this range.'));
      return;
    }
    panel.replaceChildren(
      el('p', { class: 'muted' }, report.totalSamples + ' samples in ' + report.windows + ' windows; event ' + report.event),
      table([
        { title: '#', num: true, render: (h) => h.rank },
        { title: 'Method', render: (h) => el('code', {}, h.method) },
        { title: 'Self share', num: true, render: (h) => pct(h.selfShare) },
        { title: 'Total share', num: true, render: (h) => pct(h.totalShare) },
        { title: 'Trend', render: (h) => el('span', {}, sparkline(h.windowShares), ' ', String(h.trend).toLowerCase()) },
        { title: '', render: (h) => el('span', { class: 'toolbar' },
          el('a', { class: 'button secondary hot-lines-link', href: '#/apps/' + encodeURIComponent(app) + '/lines/' + encodeURIComponent(h.method) }, 'Lines'),
          el('button', { class: 'optimize', 'data-method': h.method, onclick: (e) => startOptimization(app, h.method, e.target) }, 'Optimize'),
          el('button', { class: 'secondary record', 'data-record': h.method, onclick: () => record(h.method) }, 'Record calls')) },
      ], report.hotspots.map((h) => Object.assign({ __attrs: { 'data-method': h.method } }, h)), { id: 'hotspot-table' }));
  }

  // A hot method's source, each line with its share of the method's samples (GET /api/apps/{app}/hotlines).
  async function hotLinesPage(app, method) {
    const from = sessionStorage.getItem('flamefix.range') || 'now-1h';
    setView('Hot lines', el('p', { class: 'muted' }, 'Loading…'));
    const v = await api('/api/apps/' + encodeURIComponent(app) + '/hotlines?method=' + encodeURIComponent(method) + '&from=' + from);
    const max = Math.max(1e-9, ...v.lines.map((l) => l.share));
    const rows = v.lines.map((l) => el('tr', { class: 'hot-line' + (l.hot ? ' hot' : ''), 'data-line': l.line,
      // Heat: the line's share relative to the method's hottest line.
      style: l.samples ? 'background: rgba(251, 146, 60, ' + (0.08 + 0.5 * l.share / max).toFixed(3) + ')' : '' },
      el('td', { class: 'num lineno' }, l.line),
      el('td', { class: 'share-cell' }, l.samples ? el('span', { class: 'share-bar', title: l.samples + ' samples' },
        el('span', { style: 'width:' + Math.max(1, Math.round(100 * l.share)) + '%' })) : null),
      el('td', { class: 'num share' }, l.samples ? pct(l.share) : ''),
      el('td', {}, el('code', { class: 'src' }, l.text))));
    setView('Hot lines',
      el('p', {}, el('a', { href: '#/apps/' + encodeURIComponent(app) }, '← ' + app)),
      el('div', { class: 'panel' },
        el('dl', { class: 'kv' },
          el('dt', {}, 'Method'), el('dd', {}, el('code', {}, v.method)),
          el('dt', {}, 'File'), el('dd', {}, el('code', {}, v.file)),
          el('dt', {}, 'Samples'), el('dd', { id: 'hot-lines-samples' }, v.samples + ' with a line number, range ' + from.substring(4) + ', event ' + v.event)),
        v.samples ? null : el('p', { class: 'muted', id: 'no-lines' }, 'No line numbers in this range: the agent sends them in JFR windows (lines=true); folded stacks without lines have none.')),
      el('div', { class: 'panel' }, el('table', { id: 'hot-lines', class: 'source' },
        el('thead', {}, el('tr', {}, el('th', { class: 'num' }, 'Line'), el('th', {}, 'Share'), el('th', { class: 'num' }, ''), el('th', {}, 'Source'))),
        el('tbody', {}, rows))));
  }

  async function startOptimization(app, method, button) {
    button.disabled = true;
    try {
      const job = await api('/api/optimizations', { method: 'POST', body: JSON.stringify({ app, targets: [method] }) });
      location.hash = '#/jobs/' + job.id;
    } catch (e) {
      button.disabled = false;
      showError(e);
    }
  }

  async function jobsPage() {
    const jobs = await api('/api/optimizations');
    setView('Optimizations', el('div', { class: 'panel' }, jobs.length === 0
      ? el('p', { class: 'muted' }, 'No optimization has run yet. Use "Optimize" on a hotspot, or POST /api/optimizations.')
      : table([
        { title: 'Job', render: (j) => el('a', { href: '#/jobs/' + j.id }, j.id.substring(0, 8)) },
        { title: 'App', render: (j) => j.app || '–' },
        { title: 'Target', render: (j) => el('code', {}, (j.targets || []).join(', ')) },
        { title: 'Status', render: (j) => badge(j.status) },
        { title: 'Stage', render: (j) => j.stage || '' },
        { title: 'Created', render: (j) => when(j.createdAt) },
      ], jobs)));
  }

  // UNPROVEN (the inputs never reached the changed lines) is its own outcome: never shown as accepted.
  // The recorded-call evidence (issue 16), unless the reason already says it.
  const withRecorded = (v) => v.recorded && !String(v.reason).includes(v.recorded.summary)
    ? v.reason + ' (' + v.recorded.summary + ')' : v.reason;
  const verdictLabel = (v) => v.outcome ? String(v.outcome).toLowerCase() : (v.accepted ? 'accepted' : 'rejected');

  let activeStream = null;
  async function jobPage(id) {
    const progress = el('div', { class: 'bar' }, el('div', { style: 'width:0%' }));
    const status = el('span', { id: 'job-status' });
    const log = el('div', { class: 'log panel', id: 'job-log' });
    const candidates = el('div', { id: 'job-candidates' });
    setView('Optimization ' + id.substring(0, 8), el('div', { class: 'panel' },
      el('div', { class: 'toolbar' }, 'Status: ', status), progress), log, candidates);
    const render = (job) => {
      status.replaceChildren(badge(job.status), ' ', job.stage && job.stage !== String(job.status).toLowerCase() ? 'stage: ' + job.stage : '', job.error ? ' — ' + job.error : '');
      progress.firstChild.style.width = Math.round(100 * (job.progress || 0)) + '%';
      log.replaceChildren(...(job.events || []).map((ev) => el('div', {}, new Date(ev.at).toLocaleTimeString() + '  [' + ev.stage + '] ' + ev.message)));
      log.scrollTop = log.scrollHeight;
      if (job.candidates && job.candidates.length) {
        candidates.replaceChildren(el('h2', {}, 'Candidates'), el('div', { class: 'panel' }, table([
          { title: 'Source', render: (c) => c.round ? el('span', {}, el('code', {}, c.source), ' (feedback round ' + c.round + ')') : el('code', {}, c.source) },
          { title: 'Verdict', render: (c) => c.verdict ? badge(verdictLabel(c.verdict)) : badge('pending') },
          { title: 'Speed-up', num: true, render: (c) => c.verdict && c.verdict.speedup ? num(c.verdict.speedup) + '×' : '–' },
          { title: 'Reason', render: (c) => c.verdict ? withRecorded(c.verdict) : (c.explanation || '') },
        ], job.candidates)), job.proposalId ? el('p', {}, el('a', { id: 'proposal-link', href: '#/proposals/' + job.proposalId }, 'View the proposal →')) : null);
      }
    };
    render(await api('/api/optimizations/' + id));
    if (activeStream) activeStream.close();
    // EventSource cannot send headers; the token goes as a query parameter on this one stream.
    const t = localStorage.getItem('flamefix.token');
    activeStream = new EventSource('/api/optimizations/' + id + '/events' + (t ? '?access_token=' + encodeURIComponent(t) : ''));
    activeStream.addEventListener('progress', (e) => render(JSON.parse(e.data)));
    activeStream.addEventListener('done', (e) => { render(JSON.parse(e.data)); activeStream.close(); });
    activeStream.onerror = () => { activeStream.close(); api('/api/optimizations/' + id).then(render).catch(showError); };
  }

  async function proposalsPage() {
    const filter = new URLSearchParams(location.hash.split('?')[1] || '');
    const list = await api('/api/proposals' + (filter.toString() ? '?' + filter : ''));
    setView('Proposals', el('div', { class: 'panel' }, list.length === 0
      ? el('p', { class: 'muted' }, 'No proposals yet.')
      : table([
        { title: 'Proposal', render: (p) => el('a', { href: '#/proposals/' + p.id }, p.id.substring(0, 8)) },
        { title: 'App', render: (p) => p.app || '–' },
        { title: 'Target', render: (p) => el('code', {}, p.target) },
        { title: 'Source', render: (p) => el('code', {}, p.source) },
        { title: 'Speed-up', num: true, render: (p) => num(p.speedup) + '×' },
        { title: 'Core-h/day', num: true, render: (p) => p.savings ? num(p.savings.coreHoursPerDay) : '–' },
        { title: 'Status', render: (p) => badge(p.status) },
      ], list, { id: 'proposals-table' })));
  }

  async function proposalPage(id) {
    const p = await api('/api/proposals/' + id);
    const ev = p.evidence || {};
    const score = (x) => x ? num(x.score, 1) + ' ± ' + num(x.error, 1) + ' ' + (ev.unit || '') : '–';
    const comment = el('input', { id: 'comment', placeholder: 'comment (optional)', size: 50 });
    const decide = async (action) => {
      // Accepting writes a learned case; the first write may open (and seed) the knowledge base.
      const buttons = view.querySelectorAll('#accept, #reject');
      buttons.forEach((b) => { b.disabled = true; });
      const note = document.getElementById('decide-note');
      if (note) note.textContent = action === 'accept' ? 'Accepting…' : 'Rejecting…';
      try {
        await api('/api/proposals/' + id + '/' + action, { method: 'POST', body: JSON.stringify({ comment: comment.value }) });
        route();
      } catch (e) {
        buttons.forEach((b) => { b.disabled = false; });
        if (note) note.textContent = '';
        showError(e);
      }
    };
    const proposed = String(p.status).toUpperCase() === 'PROPOSED';
    setView('Proposal ' + id.substring(0, 8),
      el('div', { class: 'columns' },
        el('div', { class: 'panel' }, el('h2', {}, 'Proposal'), el('dl', { class: 'kv' },
          el('dt', {}, 'Status'), el('dd', { id: 'proposal-status' }, badge(p.status), p.comment ? ' — ' + p.comment : ''),
          el('dt', {}, 'App'), el('dd', {}, p.app || '–'),
          el('dt', {}, 'Target'), el('dd', {}, el('code', {}, p.target)),
          el('dt', {}, 'Candidate source'), el('dd', {}, el('code', {}, p.source)),
          el('dt', {}, 'Measured speed-up'), el('dd', { id: 'speedup' }, num(p.speedup) + '×'),
          el('dt', {}, 'Estimated savings'), el('dd', { id: 'savings' }, p.savings ? num(p.savings.coreHoursPerDay) + ' core-h/day, ' + num(p.savings.kwhPerDay) + ' kWh/day' : '–'),
          el('dt', {}, 'Job'), el('dd', {}, p.jobId ? el('a', { href: '#/jobs/' + p.jobId }, p.jobId.substring(0, 8)) : '–'),
          p.learnedCaseId ? el('dt', {}, 'Learned case') : null,
          p.learnedCaseId ? el('dd', {}, el('code', {}, p.learnedCaseId)) : null,
          el('dt', {}, 'Explanation'), el('dd', {}, p.explanation || '–'))),
        el('div', { class: 'panel', id: 'evidence' }, el('h2', {}, 'Validation evidence'), el('dl', { class: 'kv' },
          // A later job that validated the same patch again while undecided refreshed this evidence.
          el('dt', {}, 'Last validated'), el('dd', { id: 'validated-at' }, when(p.validatedAt || p.createdAt),
            p.validatedJobId && p.validatedJobId !== p.jobId
              ? [' by job ', el('a', { href: '#/jobs/' + p.validatedJobId }, p.validatedJobId.substring(0, 8))] : null),
          el('dt', {}, 'Inputs tried'), el('dd', {}, ev.callsMade !== undefined ? ev.callsMade + ' calls, seed ' + ev.seed : '–'),
          ev.recordedCalls ? el('dt', {}, 'Recorded calls') : null,
          ev.recordedCalls ? el('dd', { id: 'recorded-calls' }, ev.recordedCalls) : null,
          el('dt', {}, 'Original (' + (ev.metric || 'time') + ')'), el('dd', {}, score(ev.original)),
          el('dt', {}, 'Candidate'), el('dd', {}, score(ev.candidate)),
          el('dt', {}, 'Sample inputs'), el('dd', {}, (ev.sampleInputs || []).length
            ? el('ul', { class: 'samples' }, ev.sampleInputs.map((x) => el('li', {}, el('code', {}, x.length > 160 ? x.substring(0, 160) + '…' : x))))
            : '–'),
          el('dt', {}, 'Benchmark'), el('dd', {}, ev.benchmarkCommand
            ? el('details', { class: 'inline' }, el('summary', {}, 'JMH command line'), el('code', { class: 'wrap' }, ev.benchmarkCommand))
            : '–')))),
      proposed
        ? el('div', { class: 'toolbar' }, comment,
          el('button', { id: 'accept', onclick: () => decide('accept') }, 'Accept'),
          el('button', { id: 'reject', class: 'secondary', onclick: () => decide('reject') }, 'Reject'),
          el('span', { id: 'decide-note', class: 'muted' }))
        : null,
      el('h2', {}, 'Patch'), el('div', { class: 'diff-head' }, el('div', {}, 'original'), el('div', {}, 'proposed')),
      sideBySide(p.diff || ''),
      el('details', {}, el('summary', {}, 'Full validation report (JSON)'), el('pre', {}, JSON.stringify(p.report || {}, null, 2))));
  }

  // Renders a unified diff as two columns, old on the left and new on the right.
  function sideBySide(unified) {
    const out = el('div', { class: 'diff', id: 'diff' });
    let dels = [], adds = [];
    const flush = () => {
      const n = Math.max(dels.length, adds.length);
      for (let i = 0; i < n; i++) {
        out.append(el('div', { class: dels[i] !== undefined ? 'del' : '' }, dels[i] !== undefined ? dels[i] : ''));
        out.append(el('div', { class: adds[i] !== undefined ? 'add' : '' }, adds[i] !== undefined ? adds[i] : ''));
      }
      dels = []; adds = [];
    };
    for (const line of unified.split('\n')) {
      if (line.startsWith('---') || line.startsWith('+++')) continue;
      if (line.startsWith('@@')) { flush(); out.append(el('div', { class: 'hunk' }, line)); }
      else if (line.startsWith('-')) dels.push(line.substring(1));
      else if (line.startsWith('+')) adds.push(line.substring(1));
      else { flush(); out.append(el('div', {}, line.substring(1)), el('div', {}, line.substring(1))); }
    }
    flush();
    return out;
  }

  async function kbPage() {
    const q = el('input', { id: 'kb-query', placeholder: 'paste code or words', size: 60 });
    const results = el('div', { class: 'panel', id: 'kb-results' });
    const load = async () => {
      const cases = await api('/api/kb/cases?limit=50' + (q.value ? '&query=' + encodeURIComponent(q.value) : ''));
      results.replaceChildren(table([
        { title: 'Category', render: (c) => el('code', {}, c.category) },
        { title: 'Summary', render: (c) => c.summary },
        { title: 'Rate', num: true, render: (c) => num(c.rate) + '×' },
        { title: 'Source', render: (c) => c.source },
        { title: 'Similarity', num: true, render: (c) => c.similarity === undefined || c.similarity === null ? '' : num(c.similarity, 3) },
      ], cases, { id: 'kb-table' }));
    };
    setView('Knowledge base', el('div', { class: 'toolbar' }, q, el('button', { onclick: () => load().catch(showError) }, 'Search')), results);
    q.addEventListener('keydown', (e) => { if (e.key === 'Enter') load().catch(showError); });
    await load();
  }

  async function strategiesPage() {
    const s = await api('/api/strategies');
    setView('Candidate strategies', el('p', { class: 'muted' },
      'Which candidate source is tried first for a hotspot is chosen by a bandit over these outcomes.'),
    el('div', { class: 'panel' }, table([
      { title: 'Strategy', render: (a) => el('code', {}, a.strategy) },
      { title: 'Tried', num: true, render: (a) => a.tried },
      { title: 'Accepted', num: true, render: (a) => a.accepted },
      { title: 'Reviewed ✓ / ✗', num: true, render: (a) => (a.approvedByReview || 0) + ' / ' + (a.rejectedByReview || 0) },
      { title: 'Mean reward', num: true, render: (a) => num(a.meanReward, 3) },
      { title: 'Mean speed-up', num: true, render: (a) => a.meanSpeedup ? num(a.meanSpeedup) + '×' : '–' },
      { title: 'Beta(α, β)', num: true, render: (a) => num(a.alpha, 0) + ', ' + num(a.beta, 0) },
    ], s.arms || s)));
  }

  // ---- router --------------------------------------------------------------------------------

  const routes = [
    [/^#\/apps\/([^/?]+)$/, (m) => appPage(decodeURIComponent(m[1]))],
    [/^#\/apps\/([^/?]+)\/lines\/([^/?]+)$/, (m) => hotLinesPage(decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
    [/^#\/jobs\/([\w-]+)$/, (m) => jobPage(m[1])],
    [/^#\/jobs$/, jobsPage],
    [/^#\/proposals\/([\w-]+)$/, (m) => proposalPage(m[1])],
    [/^#\/proposals(\?.*)?$/, proposalsPage],
    [/^#\/kb$/, kbPage],
    [/^#\/strategies$/, strategiesPage],
    [/^(#\/apps)?$/, appsPage],
  ];

  function route() {
    const hash = location.hash === '#/' ? '' : location.hash;
    document.querySelectorAll('[data-nav]').forEach((a) =>
      a.classList.toggle('active', hash.startsWith('#/' + a.dataset.nav)));
    for (const [re, page] of routes) {
      const m = hash.match(re);
      if (m) { page(m).catch(showError); return; }
    }
    appsPage().catch(showError);
  }

  // What recordings.js (and any later page file) builds its views with.
  window.flamefix = { api, el, table, badge, when, showError };

  window.addEventListener('hashchange', route);
  route();
})();
