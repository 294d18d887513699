import { gql, start, esc, status, describe, when, ready } from './api.js';

const caps = await start();
const queue = document.getElementById('queue');
const item = document.getElementById('item');
const decide = document.getElementById('decide');
const MERGES = 'skein.console.merges';
let items = [];
let current = null;

// What each rule means to the steward deciding the pair.
const RULES = {
  FS_REVIEW: ['Unsure match', 'The match score is in the review band: the model cannot tell. Compare the attributes below; merge if they are one person, ban if they are two.'],
  HELD_WEAK_BRIDGE: ['Held: weak bridge', 'These two records match, but the rest of the two customers\' records do not agree on average: merging would join two groups through one link. Merge only if the customers as a whole are one person.'],
  HELD_TOO_LARGE: ['Held: too large', 'Merging would make one customer of more records than resolution joins on its own. Check that this is not a shared identifier (a branch phone, a family mailbox) before merging.'],
  HELD_NATIONAL_IDS: ['Held: two national ids', 'The two customers hold different national ids (more than one keying error apart). Skein never joins two national ids by itself: nearly always they are two people — twins, a parent and child, namesakes. Ban the pair if they are different people. Merge only if you have verified that one id was keyed wrongly: that needs a forced merge, recorded with your reason.'],
};
const ruleName = rule => (RULES[rule] || [rule])[0];

const QUEUE = `{ reviewQueue(first: 50) { totalCount edges { node { kind rule total foundAt
  left { id status records { id source sourceId name dateOfBirth email phone address } }
  right { id status records { id source sourceId name dateOfBirth email phone address } }
  explanation { band total prior reasons comparisons { attribute level weight termFrequency } } } } } }`;

async function load() {
  const { data, errors } = await gql(QUEUE);
  if (errors.length) { status(describe(errors), true); return; }
  items = data.reviewQueue.edges.map(e => e.node);
  status(items.length ? `${data.reviewQueue.totalCount} pair${data.reviewQueue.totalCount === 1 ? '' : 's'} waiting` : 'The queue is empty (resolution has not run, or every pair is decided).');
  queue.innerHTML = items.map((it, n) => `<li data-rule="${esc(it.rule)}"><button type="button" class="link" data-item="${n}">
      ${esc(it.left.records[0]?.name || it.left.id)} ↔ ${esc(it.right.records[0]?.name || it.right.id)}
      <span class="tag">${esc(it.explanation.band)}</span> <span class="muted">${it.total.toFixed(1)} · ${esc(ruleName(it.rule))}</span></button></li>`).join('');
  if (!items.length) item.hidden = true;
}

function show(n) {
  current = items[n];
  const e = current.explanation;
  document.getElementById('verdict').innerHTML = `<span class="tag">${esc(e.band)}</span> total ${e.total.toFixed(2)} (prior ${e.prior.toFixed(2)}): ${esc(e.reasons.join('; '))}`;
  const [name, meaning] = RULES[current.rule] || [current.rule, ''];
  document.getElementById('why').innerHTML = `<strong>${esc(name)}</strong> <span class="tag">${esc(current.rule)}</span> ${esc(meaning)}
      <span class="muted">Found ${esc(when(current.foundAt))} by resolution (real-time on the write that changed a record, or a full resolve).</span>`;
  showForce(current.rule === 'HELD_NATIONAL_IDS');
  const side = (label, c) => c.records.map(r => `<tr class="side-${label.toLowerCase()}"><th scope="row">${label} <a href="/console/customers/${encodeURIComponent(c.id)}">${esc(c.id)}</a></th>
      <td>${esc(r.source)} <code>${esc(r.sourceId)}</code></td><td>${esc(r.name)}</td><td>${esc(r.dateOfBirth)}</td><td>${esc(r.email)}</td><td>${esc(r.phone)}</td><td>${esc(r.address)}</td></tr>`).join('');
  document.querySelector('#sides tbody').innerHTML = side('Left', current.left) + side('Right', current.right);
  document.querySelector('#comparisons tbody').innerHTML = e.comparisons.map(c =>
    `<tr><th scope="row">${esc(c.attribute)}</th><td>${esc(c.level)}</td><td class="${c.weight >= 0 ? 'pos' : 'neg'}">${c.weight.toFixed(2)}</td></tr>`).join('');
  item.hidden = false;
  decide.hidden = !caps.steward;
  document.getElementById('h-item').focus?.();
}

/** The forced merge across two national ids: offered explicitly, never the default. */
function showForce(on) {
  document.getElementById('force-box').hidden = !on;
  document.getElementById('force').checked = false;
  document.getElementById('merge').textContent = on ? 'Force merge…' : 'Merge';
}

queue.addEventListener('click', e => {
  const b = e.target.closest('button[data-item]');
  if (b) show(Number(b.dataset.item));
});

decide.addEventListener('submit', async e => {
  e.preventDefault();
  const op = e.submitter?.value || 'merge';
  const reason = decide.reason.value.trim();
  if (!reason) { status('A reason is required', true); decide.reason.focus(); return; }
  const forcing = op === 'merge' && !document.getElementById('force-box').hidden;
  if (forcing) {
    if (!decide.force.checked) { status('Tick the box to confirm that one of the national ids is wrong, or ban the pair', true); decide.force.focus(); return; }
    if (!confirm(`Merge ${current.left.id} and ${current.right.id} although they hold different national ids?\nThe forced merge is audited with your reason and can be undone.`)) {
      status('Forced merge cancelled');
      return;
    }
  }
  const vars = { a: current.left.id, b: current.right.id, reason, force: forcing };
  const doc = op === 'merge'
    ? 'mutation($a: ID!, $b: ID!, $reason: String!, $force: Boolean) { act: merge(customerIds: [$a, $b], reason: $reason, force: $force) { id type customerIds } }'
    : 'mutation($a: ID!, $b: ID!, $reason: String!) { act: banConnection(a: $a, b: $b, reason: $reason) { id type customerIds } }';
  if (op !== 'merge') delete vars.force;
  const { data, errors } = await gql(doc, vars);
  if (errors.length) {
    status(describe(errors), true);
    // a pair resolution did not hold may still join two national ids: offer the forced merge explicitly
    if (op === 'merge' && !forcing && errors.some(x => /national id/i.test(x.message || ''))) showForce(true);
    return;
  }
  if (op === 'merge') {
    const merges = JSON.parse(sessionStorage.getItem(MERGES) || '{}');
    merges[data.act.id] = { customer: current.left.id, records: current.right.records.map(r => r.id) };
    sessionStorage.setItem(MERGES, JSON.stringify(merges));
  }
  decide.reset();
  showForce(false);
  item.hidden = true;
  await load();
  await actions();
  status(`${data.act.type} recorded as ${data.act.id}`);
});

async function actions() {
  const { data, errors } = await gql('{ stewardActions(first: 10) { edges { node { id type reason at undoneBy undoes } } } }');
  const list = document.getElementById('done');
  if (errors.length) { list.innerHTML = `<li class="error">${esc(describe(errors))}</li>`; return; }
  const merges = JSON.parse(sessionStorage.getItem(MERGES) || '{}');
  list.innerHTML = data.stewardActions.edges.map(({ node: a }) => `<li data-action-id="${esc(a.id)}"><span class="tag">${esc(a.type)}</span> ${esc(a.reason)}
      <span class="muted">${esc(when(a.at))} · ${esc(a.id)}${a.undoneBy ? ' · undone' : ''}</span>
      ${a.type === 'MERGE' && !a.undoneBy && merges[a.id] ? `<button type="button" data-split="${esc(a.id)}">Split back</button>` : ''}
      ${!a.undoneBy && a.type !== 'UNDO' ? `<button type="button" data-undo="${esc(a.id)}">Undo</button>` : ''}</li>`).join('') || '<li>None yet</li>';
}

document.getElementById('done').addEventListener('click', async e => {
  const split = e.target.closest('button[data-split]');
  const undo = e.target.closest('button[data-undo]');
  if (!split && !undo) return;
  const reasonInput = document.getElementById('action-reason');
  const reason = reasonInput.value;
  if (split && !reason.trim()) { status('A reason is required to split', true); reasonInput.focus(); return; }
  let result;
  if (split) {
    const m = JSON.parse(sessionStorage.getItem(MERGES) || '{}')[split.dataset.split];
    const now = await gql('query($id: ID!) { customer(id: $id) { id } }', { id: m.customer });
    result = await gql('mutation($c: ID!, $r: [ID!]!, $reason: String!) { act: split(customerId: $c, sourceRecordIds: $r, reason: $reason) { id type } }',
      { c: now.data.customer?.id || m.customer, r: m.records, reason: reason.trim() });
  } else {
    result = await gql('mutation($id: ID!) { act: undo(actionId: $id) { id type undoes } }', { id: undo.dataset.undo });
  }
  if (result.errors.length) { status(describe(result.errors), true); return; }
  document.getElementById('action-reason').value = '';
  await load();
  await actions();
  status(`${result.data.act.type} recorded as ${result.data.act.id}`);
});

if (caps.steward) { await load(); await actions(); }
else status('The review queue needs a STEWARD or ADMIN credential.', true);
ready();
