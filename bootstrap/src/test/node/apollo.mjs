// Apollo Client with its default HttpLink against a running service (queries by POST, Accept preferring
// application/graphql-response+json), then with automatic persisted queries by GET as Apollo's persisted-queries
// link sends them (the hash alone, the document once when the service does not know it, then the hash alone).
// Usage: node apollo.mjs http://127.0.0.1:PORT/graphql
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const url = process.argv[2];
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}`);
  if (!ok) failures.push(what);
};
const sent = [];
const recording = (input, init) => {
  sent.push({ method: (init && init.method) || 'GET', url: String(input), accept: init?.headers?.accept });
  return fetch(input, init);
};

const RELATION = gql`
  query Relation { relation(between: ["VN", "JP"]) { currentLevel { name since } } }
`;
const plain = new ApolloClient({ link: new HttpLink({ uri: url, fetch: recording }), cache: new InMemoryCache() });
const answer = await plain.query({ query: RELATION });
check(!answer.error && answer.data?.relation?.currentLevel?.name, `Apollo's defaults are answered: ${JSON.stringify(answer.data)}`);
check(sent.at(-1)?.method === 'POST', `Apollo sent it by POST (${sent.at(-1)?.method})`);

const invalid = await plain.query({ query: gql`query Wrong { noSuchField }`, errorPolicy: 'all', fetchPolicy: 'network-only' })
  .catch((error) => ({ error }));
check(/noSuchField/.test(invalid.error?.message ?? ''), `a document that does not validate reaches the client as its error: "${invalid.error?.message}"`);

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
sent.length = 0;
const persisted = new ApolloClient({
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recording })),
  cache: new InMemoryCache(),
});
const TITLES = gql`
  query ApolloTitles { meetings(first: 3) { nodes { title } } }
`;
const first = await persisted.query({ query: TITLES });
check(first.data?.meetings?.nodes?.length === 3, 'a persisted query is answered');
check(sent[0]?.method === 'GET' && !new URL(sent[0].url).searchParams.has('query'),
  `Apollo sent the hash alone by GET first (${sent[0]?.method} ${sent[0] ? [...new URL(sent[0].url).searchParams.keys()] : ''})`);
check(sent.length === 2, `then the document once with its hash (${sent.length} requests)`);
sent.length = 0;
const again = await persisted.query({ query: TITLES, fetchPolicy: 'network-only' });
check(again.data?.meetings?.nodes?.length === 3 && sent.length === 1 && sent[0].method === 'GET'
  && !new URL(sent[0].url).searchParams.has('query'), 'and the hash alone by GET is answered from then on');

console.log(`Apollo Client: ${failures.length === 0 ? 'all checks passed' : failures.length + ' checks failed'}`);
process.exit(failures.length === 0 ? 0 : 1);
