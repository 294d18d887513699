import { gql, start, esc, status, describe, ready } from './api.js';

const form = document.getElementById('search');
const input = document.getElementById('text');
const table = document.getElementById('results');

await start();

async function search(text) {
  status('Searching…');
  const { data, errors } = await gql(`query($text: String!) { searchCustomers(text: $text, first: 25) { totalCount
      edges { node { id kind profile { fullName { value } email { value } phone { value } } } } } }`, { text });
  if (errors.length) { status(describe(errors), true); table.hidden = true; return; }
  const result = data.searchCustomers;
  status(`${result.totalCount} customer${result.totalCount === 1 ? '' : 's'} found`);
  table.tBodies[0].innerHTML = result.edges.map(({ node }) => `<tr>
      <td><a href="/console/customers/${encodeURIComponent(node.id)}">${esc(node.profile.fullName?.value || '(no name)')}</a></td>
      <td>${esc(node.profile.email?.value)}</td><td>${esc(node.profile.phone?.value)}</td>
      <td>${esc(node.kind)}</td><td><code>${esc(node.id)}</code></td></tr>`).join('');
  table.hidden = result.edges.length === 0;
}

form.addEventListener('submit', e => {
  e.preventDefault();
  const text = input.value.trim();
  history.replaceState(null, '', '?q=' + encodeURIComponent(text));
  search(text);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) { input.value = initial; await search(initial); }
ready();
