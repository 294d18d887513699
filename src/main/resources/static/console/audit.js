import { gql, start, esc, status, describe, when, ready } from './api.js';

const caps = await start();
const parts = [];

const actions = await gql(`{ stewardActions(first: 50) { edges { node { id type actor reason at customerIds undoneBy undoes } } } }`);
if (actions.errors.length) parts.push('Steward actions: ' + describe(actions.errors));
else document.querySelector('#actions tbody').innerHTML = actions.data.stewardActions.edges.map(({ node: a }) => `<tr data-action="${esc(a.type)}">
    <td>${esc(when(a.at))}</td><td>${esc(a.type)}${a.undoes ? ' of <code>' + esc(a.undoes) + '</code>' : ''}</td><td>${esc(a.actor)}</td>
    <td>${esc(a.reason)}</td><td>${a.customerIds.map(c => `<a href="/console/customers/${encodeURIComponent(c)}">${esc(c)}</a>`).join(' ')}</td>
    <td><code>${esc(a.id)}</code></td><td>${a.undoneBy ? '<code>' + esc(a.undoneBy) + '</code>' : ''}</td></tr>`).join('');

if (caps.admin) {
  const log = await gql(`{ auditLog(first: 50) { edges { node { at actor role action outcome arguments } } } }`);
  if (log.errors.length) parts.push('Audit log: ' + describe(log.errors));
  else document.querySelector('#log tbody').innerHTML = log.data.auditLog.edges.map(({ node: e }) => `<tr>
      <td>${esc(when(e.at))}</td><td>${esc(e.action)}</td><td>${esc(e.actor)}</td><td>${esc(e.role)}</td>
      <td>${esc(e.outcome)}</td><td><code>${esc(e.arguments)}</code></td></tr>`).join('');
} else {
  document.getElementById('h-log').parentElement.hidden = true;
}
status(parts.join(' · '), parts.length > 0);
ready();
