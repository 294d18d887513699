import { gql, start, esc, status, describe, when, ready } from './api.js';
import { clusterSvg } from './cluster.js';

const id = document.body.dataset.customerId;
const CHANNELS = ['WEB', 'APP', 'EMAIL', 'SMS', 'WHATSAPP', 'SOCIAL', 'BRANCH', 'CALL_CENTRE'];
const caps = await start();

const VIEW = `query($id: ID!) { customer(id: $id) { id kind
  profile { fullName { value source rule } firstName { value source rule } lastName { value source rule }
    dateOfBirth { value source rule } gender { value source rule } email { value source rule }
    phone { value source rule } address { value source rule } attributes { name value source rule } }
  identifiers { type value guarded }
  sourceRecords { id source sourceId receivedAt warnings }
  accounts { accountNumber balance currency openedAt closedAt product { code name category } }
  segments { segment { id name } since }
  messages(first: 20) { key channel recipient subject status attempts createdAt sentAt failureReason journeyKey stepId }
  household { id members { id profile { fullName { value } } } sharedIdentifiers { type value } }
  purposes { type stage confidence silenceDays firstActivity lastActivity
    evidence { role stage weight reason interaction { eventId type channel at } } } } }`;

const { data, errors } = await gql(VIEW, { id });
if (errors.length || !data.customer) {
  status(errors.length ? describe(errors) : 'No customer with this id', true);
} else {
  render(data.customer);
}
ready();

function render(c) {
  const p = c.profile;
  document.getElementById('name').textContent = p.fullName?.value || `${c.kind === 'ANONYMOUS' ? 'Anonymous visitor' : 'Customer'} ${c.id}`;
  const rows = ['fullName', 'firstName', 'lastName', 'dateOfBirth', 'gender', 'email', 'phone', 'address']
    .filter(k => p[k]).map(k => [k, p[k]]).concat(p.attributes.map(a => [a.name, a]));
  document.querySelector('#profile tbody').innerHTML = rows.map(([k, v]) =>
    `<tr><th scope="row">${esc(k)}</th><td>${esc(typeof v.value === 'object' ? JSON.stringify(v.value) : v.value)}</td><td>${esc(v.source)}</td><td>${esc(v.rule)}</td></tr>`).join('');
  document.getElementById('identifiers').innerHTML = c.identifiers.map(i =>
    `<li><span class="tag">${esc(i.type)}</span> <code>${esc(i.value)}</code>${i.guarded ? ' <span class="warn">guarded: does not stitch</span>' : ''}</li>`).join('') || '<li>None</li>';
  document.querySelector('#records tbody').innerHTML = c.sourceRecords.map(r =>
    `<tr><td>${esc(r.source)}</td><td><code>${esc(r.sourceId)}</code> <span class="muted">${esc(r.id)}</span></td><td>${esc(when(r.receivedAt))}</td><td>${esc(r.warnings.join('; '))}</td></tr>`).join('');
  document.querySelector('#accounts tbody').innerHTML = c.accounts.map(a =>
    `<tr><td><code>${esc(a.accountNumber)}</code>${a.closedAt ? ' (closed)' : ''}</td><td>${esc(a.product?.name || a.product?.code || '')}</td><td>${a.balance == null ? '' : esc(a.balance.toLocaleString() + ' ' + (a.currency || ''))}</td></tr>`).join('')
    || '<tr><td colspan="3">No accounts</td></tr>';
  document.getElementById('segments').innerHTML = c.segments.map(s =>
    `<li>${esc(s.segment.name)} <span class="muted">since ${esc(when(s.since))}</span></li>`).join('') || '<li>None</li>';
  document.getElementById('purposes').innerHTML = c.purposes.map(pu => `<article class="purpose" data-purpose="${esc(pu.type)}">
      <h3>${esc(pu.type.replace(/_/g, ' '))} <span class="tag">${esc(pu.stage)}</span></h3>
      <p class="muted">confidence ${pu.confidence.toFixed(2)} · silent ${pu.silenceDays} days · ${esc(when(pu.firstActivity))} → ${esc(when(pu.lastActivity))}</p>
      <ul>${pu.evidence.map(e => `<li><span class="tag">${esc(e.role)}</span> ${esc(e.reason)} <span class="muted">(${esc(e.interaction.channel)} ${esc(e.interaction.type)}, ${esc(when(e.interaction.at))})</span></li>`).join('')}</ul>
    </article>`).join('') || '<p>No purposes yet</p>';
  renderMessages(c.messages);
  renderHousehold(c);
  renderCluster(c);
  loadOffers(c.id);
  if (caps.steward) loadActions(c.id);
}

/** Messages journeys sent or will send (the outbox), newest first; recipients masked below STEWARD by the API. */
function renderMessages(messages) {
  document.querySelector('#messages tbody').innerHTML = messages.map(m =>
    `<tr data-key="${esc(m.key)}"><td>${esc(when(m.createdAt))}</td><td>${esc(m.channel)}</td><td><code>${esc(m.recipient || '')}</code></td>`
    + `<td>${esc(m.subject || '')} <span class="muted">${esc([m.journeyKey, m.stepId].filter(Boolean).join(' · '))}</span></td>`
    + `<td><span class="tag">${esc(m.status)}</span>${m.failureReason ? ' ' + esc(m.failureReason) : ''}`
    + `${m.sentAt ? ' <span class="muted">' + esc(when(m.sentAt)) + '</span>' : ''}${m.attempts > 1 ? ' <span class="muted">' + m.attempts + ' attempts</span>' : ''}</td></tr>`).join('')
    || '<tr><td colspan="5">No messages</td></tr>';
}

function renderHousehold(c) {
  const h = c.household;
  const el = document.getElementById('household');
  if (!h) { el.innerHTML = '<p>No household: nobody else shares this customer\'s phone, mailbox or address.</p>'; return; }
  el.dataset.household = h.id;
  el.innerHTML = `<p class="muted">Household <code>${esc(h.id)}</code></p>
    <ul class="members">${h.members.map(m => `<li data-member="${esc(m.id)}">${m.id === c.id
      ? `<strong>${esc(m.profile.fullName?.value || m.id)}</strong> <span class="muted">(this customer)</span>`
      : `<a href="/console/customers/${encodeURIComponent(m.id)}">${esc(m.profile.fullName?.value || m.id)}</a>`}</li>`).join('')}</ul>
    <p>Shared: ${h.sharedIdentifiers.map(i => `<span class="tag">${esc(i.type)}</span> <code>${esc(i.value)}</code>`).join(' ') || 'nothing'}</p>`;
}

async function renderCluster(c) {
  let matches = [];
  const records = c.sourceRecords.slice(0, 8);
  if (caps.steward && records.length > 1) {
    const pairs = [];
    for (let i = 0; i < records.length; i++) for (let j = i + 1; j < records.length; j++) pairs.push([records[i], records[j]]);
    const doc = '{ ' + pairs.map(([a, b], n) => `m${n}: explainMatch(a: ${JSON.stringify(a.id)}, b: ${JSON.stringify(b.id)}) { band total }`).join(' ') + ' }';
    const { data } = await gql(doc);
    matches = pairs.map(([a, b], n) => ({ a: a.id, b: b.id, band: data[`m${n}`]?.band, total: data[`m${n}`]?.total }))
      .filter(m => m.band);
  }
  document.getElementById('cluster').innerHTML = clusterSvg(c, records, matches);
}

async function loadOffers(customerId) {
  const { data, errors } = await gql(`query($id: ID!) { nextBestOffers(customerId: $id, first: 3) { rank score explanation product { code name } reasons { kind text } } }`, { id: customerId });
  const el = document.getElementById('offers');
  if (errors.length) { el.innerHTML = `<li class="error">${esc(describe(errors))}</li>`; return; }
  el.innerHTML = data.nextBestOffers.map(o => `<li><strong>${esc(o.product.name)}</strong> <span class="muted">score ${o.score.toFixed(2)}</span>
      <p>${esc(o.explanation)}</p></li>`).join('') || '<li>No offer: nothing eligible that the customer does not hold</li>';
}

async function loadActions(customerId) {
  const { data, errors } = await gql(`query($id: ID) { stewardActions(first: 20, customerId: $id) { edges { node { id type actor reason at undoneBy } } } }`, { id: customerId });
  const el = document.getElementById('actions');
  if (errors.length) { el.innerHTML = `<li class="error">${esc(describe(errors))}</li>`; return; }
  el.innerHTML = data.stewardActions.edges.map(({ node: a }) =>
    `<li><span class="tag">${esc(a.type)}</span> ${esc(a.reason)} <span class="muted">by ${esc(a.actor)}, ${esc(when(a.at))}${a.undoneBy ? ', undone' : ''}</span></li>`).join('') || '<li>None</li>';
}

// Timeline: one cross-channel list, newest first, filtered by channel and dates, paged by cursor.
const channelBox = document.getElementById('channels');
channelBox.innerHTML = CHANNELS.map(ch => `<label><input type="checkbox" name="channel" value="${ch}"> ${ch.replace('_', ' ').toLowerCase()}</label>`).join('');
const filters = document.getElementById('timeline-filters');
const more = document.getElementById('more');
let cursor = null;

async function timeline(append) {
  const channels = [...filters.querySelectorAll('input[name=channel]:checked')].map(i => i.value);
  const from = filters.from.value ? filters.from.value + 'T00:00:00Z' : null;
  const to = filters.to.value ? filters.to.value + 'T23:59:59Z' : null;
  const { data, errors } = await gql(`query($id: ID!, $after: String, $channel: [Channel!], $from: DateTime, $to: DateTime) {
      customer(id: $id) { interactions(first: 25, after: $after, channel: $channel, from: $from, to: $to) {
        edges { node { at channel type category properties } } pageInfo { hasNextPage endCursor } } } }`,
    { id, after: append ? cursor : null, channel: channels.length ? channels : null, from, to });
  const body = document.querySelector('#timeline tbody');
  if (errors.length || !data.customer) { status(describe(errors), true); return; }
  const page = data.customer.interactions;
  const html = page.edges.map(({ node: i }) => `<tr data-channel="${esc(i.channel)}"><td>${esc(when(i.at))}</td><td>${esc(i.channel)}</td><td>${esc(i.type)}</td>
      <td>${esc(i.category)}</td><td class="props">${esc(Object.entries(i.properties || {}).slice(0, 4).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' · '))}</td></tr>`).join('');
  body.innerHTML = append ? body.innerHTML + html : (html || '<tr><td colspan="5">No interactions</td></tr>');
  cursor = page.pageInfo.endCursor;
  more.hidden = !page.pageInfo.hasNextPage;
}

filters.addEventListener('submit', e => { e.preventDefault(); timeline(false); });
more.addEventListener('click', () => timeline(true));
timeline(false);
