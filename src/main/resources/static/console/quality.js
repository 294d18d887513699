import { gql, start, esc, status, describe, when, ready } from './api.js';

await start();
const pct = x => x == null ? '' : (x * 100).toFixed(1) + ' %';
const { data, errors } = await gql(`{ dataQuality { asOf sources { source records duplicatesFound lastReceivedAt staleDays
  attributes { attribute completeness validity uniqueness invalid }
  survivorship { attribute contests wins winRate } } } }`);
if (errors.length) {
  status(describe(errors), true);
} else {
  const q = data.dataQuality;
  status(`${q.sources.length} sources, as of ${when(q.asOf)}`);
  document.getElementById('sources').innerHTML = q.sources.map(s => `<section aria-labelledby="q-${esc(s.source)}" data-source="${esc(s.source)}">
    <h2 id="q-${esc(s.source)}">${esc(s.source)}</h2>
    <p>${s.records.toLocaleString()} records · ${s.duplicatesFound.toLocaleString()} duplicates found (records sharing a customer with another record of this source)
      · last record ${esc(when(s.lastReceivedAt))} (${s.staleDays} days ago)</p>
    <table><caption>Per attribute</caption><thead><tr><th scope="col">Attribute</th><th scope="col">Completeness</th><th scope="col">Validity</th><th scope="col">Uniqueness</th><th scope="col">Kept raw with a warning</th></tr></thead>
    <tbody>${s.attributes.map(a => `<tr><th scope="row">${esc(a.attribute)}</th><td>${pct(a.completeness)}</td><td>${pct(a.validity)}</td><td>${pct(a.uniqueness)}</td><td>${a.invalid}</td></tr>`).join('')}</tbody></table>
    ${s.survivorship.length ? `<table class="survivorship"><caption>How often this source wins survivorship: customers where another source offered a different value, and how often this source's value became the golden one</caption>
    <thead><tr><th scope="col">Attribute</th><th scope="col">Contested</th><th scope="col">Won</th><th scope="col">Win rate</th></tr></thead>
    <tbody>${s.survivorship.map(w => `<tr data-attribute="${esc(w.attribute)}"><th scope="row">${esc(w.attribute)}</th><td>${w.contests.toLocaleString()}</td><td>${w.wins.toLocaleString()}</td><td>${pct(w.winRate)}</td></tr>`).join('')}</tbody></table>`
    : '<p class="muted">Survivorship: never contested (no customer has a different value for any attribute from another source).</p>'}
  </section>`).join('');
}
ready();
