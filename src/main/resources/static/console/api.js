// The console's one way to the data: the public GraphQL API, with the credential the user gave on the
// page (kept in this tab's session storage only). Nothing else is fetched.
const STORE = 'skein.credential';

export function credential() {
  return sessionStorage.getItem(STORE) || '';
}

function headers() {
  const h = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const c = credential();
  if (c.startsWith('sk_')) h['X-Api-Key'] = c;
  else if (c) h.Authorization = 'Bearer ' + c;
  return h;
}

/** Runs a GraphQL document; resolves to { data, errors } (errors is [] when there are none). */
export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', { method: 'POST', headers: headers(), body: JSON.stringify({ query, variables }) });
  let body;
  try { body = await response.json(); } catch { body = {}; }
  const errors = body.errors || [];
  if (!response.ok && errors.length === 0) errors.push({ message: `HTTP ${response.status}`, extensions: { classification: 'HTTP_' + response.status } });
  return { data: body.data || {}, errors };
}

/** A short sentence for errors, naming the classification and the field at fault. */
export function describe(errors) {
  return errors.map(e => {
    const x = e.extensions || {};
    return [x.classification, e.message, x.field ? `(${x.field})` : ''].filter(Boolean).join(' ');
  }).join('; ');
}

export function denied(errors) {
  return errors.some(e => ['FORBIDDEN', 'UNAUTHORIZED', 'HTTP_401', 'HTTP_403'].includes((e.extensions || {}).classification));
}

/** What the caller may do, asked of the API itself: steward tools show only if the API allows them. */
export async function capabilities() {
  const [steward, admin] = await Promise.all([
    gql('{ reviewQueue(first: 1) { totalCount } }'),
    gql('{ auditLog(first: 1) { edges { cursor } } }'),
  ]);
  return { steward: steward.errors.length === 0, admin: admin.errors.length === 0 };
}

/** Escapes text for HTML. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function status(text, isError = false) {
  const el = document.getElementById('status');
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('error', isError);
}

export function when(iso) {
  if (!iso) return '';
  return String(iso).replace('T', ' ').replace(/(:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/, '$1 $3').trim();
}

/** Marks the page as loaded (body[data-ready]): its first data is on screen, or its error. */
export function ready() {
  document.body.dataset.ready = 'true';
}

/** Wires the credential form in the header and shows or hides steward-only parts; returns the capabilities. */
export async function start() {
  const form = document.getElementById('credentials');
  const input = document.getElementById('credential');
  form.addEventListener('submit', e => {
    e.preventDefault();
    sessionStorage.setItem(STORE, input.value.trim());
    location.reload();
  });
  document.getElementById('forget').addEventListener('click', () => {
    sessionStorage.removeItem(STORE);
    location.reload();
  });
  const caps = await capabilities();
  const who = document.getElementById('who');
  who.textContent = credential()
    ? (caps.admin ? 'Signed in: ADMIN' : caps.steward ? 'Signed in: STEWARD' : 'Signed in: PII masked for this role')
    : 'No credential: demo VIEWER at most (PII masked)';
  document.body.dataset.steward = String(caps.steward);
  document.querySelectorAll('[data-steward-only]').forEach(el => { el.hidden = !caps.steward; });
  return caps;
}
