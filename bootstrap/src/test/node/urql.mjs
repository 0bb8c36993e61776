// urql's default client against a running service: a query goes by GET (within its URL limit) and is answered; a
// mutation goes by POST, and without a key its refusal reaches the client as a GraphQL error with the service's
// words. The fetch given only records what urql sends. Usage: node urql.mjs http://127.0.0.1:PORT/graphql
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

const url = process.argv[2];
const sent = [];
const recording = (input, init) => {
  sent.push({ method: (init && init.method) || 'GET', url: String(input) });
  return fetch(input, init);
};
const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetch: recording });
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}`);
  if (!ok) failures.push(what);
};

const MEETINGS = gql`
  query Meetings($first: Int) {
    meetings(first: $first) { totalCount nodes { id title } pageInfo { hasNextPage endCursor } }
  }
`;
const first = await client.query(MEETINGS, { first: 2 }).toPromise();
check(!first.error, `the query is answered without error${first.error ? ': ' + first.error.message : ''}`);
check(first.data?.meetings?.nodes?.length === 2, 'it holds the two meetings asked for');
check(sent.at(-1)?.method === 'GET', `urql sent it by GET (${sent.at(-1)?.method})`);

const next = await client.query(MEETINGS, { first: 2, after: first.data?.meetings?.pageInfo?.endCursor },
  { requestPolicy: 'network-only' }).toPromise();
check(!next.error && next.data?.meetings?.nodes?.length > 0, 'the next page by its endCursor is answered');

const REGISTER = gql`
  mutation Register($input: RegisterSourceInput!) { registerSource(input: $input) { source { id } } }
`;
const refused = await client.mutation(REGISTER, { input: { localId: 'urql-without-key', language: 'en', text: 't' } })
  .toPromise();
check(sent.at(-1)?.method === 'POST', `urql sent the mutation by POST (${sent.at(-1)?.method})`);
const message = refused.error?.graphQLErrors?.[0]?.message ?? refused.error?.message ?? '';
check(/needs an API key/.test(message), `without a key it is refused in the service's words: "${message}"`);

console.log(`urql: ${failures.length === 0 ? 'all checks passed' : failures.length + ' checks failed'}`);
process.exit(failures.length === 0 ? 0 : 1);
