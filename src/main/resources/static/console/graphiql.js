// GraphiQL from the jar (React and GraphiQL UMD builds from WebJars), talking to /graphql with the key
// given on the page or in GraphiQL's Headers pane.
const STORE = 'skein.credential';
const form = document.getElementById('key-form');
const input = document.getElementById('key');
form.addEventListener('submit', e => {
  e.preventDefault();
  sessionStorage.setItem(STORE, input.value.trim());
  location.reload();
});
const key = sessionStorage.getItem(STORE) || '';
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultEditorToolsVisibility: true,
  headers: !key ? '' : JSON.stringify(key.startsWith('sk_') ? { 'X-Api-Key': key } : { Authorization: 'Bearer ' + key }, null, 2),
  shouldPersistHeaders: false,
  defaultQuery: `# Skein GraphiQL. Alice's customer 360 (masked unless your key is STEWARD or ADMIN):
{
  customerBySourceRecord(source: "core_banking", sourceId: "CB-ALICE-001") {
    id
    profile { fullName { value source rule } email { value source } }
    purposes { type stage confidence }
  }
}
`,
}));
