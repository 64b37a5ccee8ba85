// flamefix dashboard: recorded calls (issue 16). "Record calls" on a hotspot opens a form with the
// method prefilled; the recordings panel of the app page lists requests with their state and counts
// and refreshes itself while one is pending or active. Uses the helpers dashboard.js publishes as
// window.flamefix (loaded after this file, read lazily).
(function () {
  'use strict';

  const LIVE = new Set(['PENDING', 'ACTIVE']);
  let timer = null;

  function skippedText(skipped) {
    const entries = Object.entries(skipped || {});
    return entries.length ? entries.map(([k, v]) => k + ' ' + v).join(', ') : '–';
  }

  // Lists the app's recordings into `container`, again every 3 s while one is still running.
  async function panel(app, container) {
    const f = window.flamefix;
    if (timer) { clearTimeout(timer); timer = null; }
    const list = await f.api('/api/v1/apps/' + encodeURIComponent(app) + '/recordings?limit=20');
    if (!document.body.contains(container)) return;
    container.replaceChildren(list.length === 0
      ? f.el('p', { class: 'muted' }, 'No recordings yet. "Record calls" on a hotspot asks the app\'s agents (running with recording=allow) to copy real calls of that method.')
      : f.table([
        { title: 'Recording', render: (r) => f.el('code', { title: r.id }, r.id.substring(0, 8)) },
        { title: 'Method', render: (r) => f.el('code', {}, r.recordedMethod || r.method) },
        { title: 'State', render: (r) => f.badge(r.state) },
        { title: 'Calls stored', num: true, render: (r) => r.callsStored },
        { title: 'Seen', num: true, render: (r) => r.callsSeen },
        { title: 'Skipped', render: (r) => skippedText(r.skipped) },
        { title: 'Agent', render: (r) => r.agentPid ? 'pid ' + r.agentPid + ' on ' + (r.agentHost || '?') : '–' },
        { title: 'Limits', render: (r) => r.maxCalls + ' calls, ' + r.durationSeconds + ' s, 1/' + r.sampleEvery },
        { title: 'Requested', render: (r) => f.when(Date.parse(r.createdAt)) },
        { title: '', render: (r) => r.message ? f.el('span', { class: 'muted' }, r.message) : '' },
      ], list.map((r) => Object.assign({ __attrs: { 'data-recording': r.id, 'data-state': r.state } }, r)),
      { id: 'recordings-table' }));
    if (list.some((r) => LIVE.has(r.state))) {
      timer = setTimeout(() => panel(app, container).catch(f.showError), 3000);
    }
  }

  // The form under the hotspot table, prefilled with `method`; starting it refreshes the panel.
  function open(app, method, formHost, container) {
    const f = window.flamefix;
    const field = (id, value, min, max) => f.el('input', { id, type: 'number', value, min, max, style: 'width:6em' });
    const methodInput = f.el('input', { id: 'record-method', value: method, size: 70 });
    const maxCalls = field('record-max-calls', 200, 1, 10000);
    const duration = field('record-duration', 60, 1, 600);
    const sampleEvery = field('record-sample-every', 1, 1, 1000000);
    const start = f.el('button', { id: 'record-start' }, 'Start recording');
    start.addEventListener('click', async () => {
      start.disabled = true;
      try {
        await f.api('/api/v1/apps/' + encodeURIComponent(app) + '/recordings', {
          method: 'POST',
          body: JSON.stringify({
            method: methodInput.value.trim(), maxCalls: Number(maxCalls.value),
            durationSeconds: Number(duration.value), sampleEvery: Number(sampleEvery.value),
          }),
        });
        formHost.replaceChildren();
        await panel(app, container);
      } catch (e) {
        start.disabled = false;
        f.showError(e);
      }
    });
    formHost.replaceChildren(f.el('div', { class: 'panel', id: 'record-form' },
      f.el('h2', {}, 'Record real calls'),
      f.el('p', { class: 'muted' }, 'The first agent of ' + app + ' that allows recording copies the arguments of up to this many calls within the time box, then removes its instrumentation. Strings are redacted by the configured rules.'),
      f.el('div', { class: 'toolbar' },
        f.el('label', {}, 'Method ', methodInput)),
      f.el('div', { class: 'toolbar' },
        f.el('label', {}, 'Max calls ', maxCalls),
        f.el('label', {}, 'Duration (s) ', duration),
        f.el('label', {}, 'Record 1 of every ', sampleEvery),
        start,
        f.el('button', { class: 'secondary', onclick: () => formHost.replaceChildren() }, 'Cancel'))));
    methodInput.focus();
  }

  window.flamefixRecordings = { panel, open };
})();
