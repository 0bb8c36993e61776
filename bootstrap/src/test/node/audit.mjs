// The GraphQL-over-HTTP audit of the graphql-http package against a running service: every audit's result, one a
// line, then how many passed; exits 1 unless all did. Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const audits = serverAudits({ url, fetchFn: fetch });
let passed = 0;
for (const audit of audits) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    passed++;
    console.log(`ok      ${audit.id} ${audit.name}`);
  } else {
    const status = result.response ? ` (HTTP ${result.response.status})` : '';
    console.log(`${result.status.padEnd(7)} ${audit.id} ${audit.name}: ${result.reason}${status}`);
  }
}
console.log(`graphql-http audit: ${passed}/${audits.length} passed`);
process.exit(passed === audits.length ? 0 : 1);
