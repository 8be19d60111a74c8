// Liaison's hybrid search inside a LangChain program, offline:
//   npx tsx examples/langchain-retriever.ts --index data/index "Who runs Pre-ETS in Harbor County?"
// prints each Document as a JSON line: {"pageContent": ..., "metadata": {source, title, headingPath, serviceId, score, ...}}.
// Build the index first with `npx liaison ingest` (or start the server once: it builds data/index).
import { parseArgs } from 'node:util';
import { createLiaisonRetriever } from 'liaison';

const { values, positionals } = parseArgs({
  options: { index: { type: 'string', default: 'data/index' }, k: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('usage: npx tsx examples/langchain-retriever.ts --index DIR [--k 5] "QUESTION"');
  process.exit(2);
}

const retriever = createLiaisonRetriever({ indexDir: values.index!, k: Number(values.k) });
// Any LangChain chain can take the retriever; here it is simply invoked.
const docs = await retriever.invoke(question);
for (const doc of docs) console.log(JSON.stringify({ pageContent: doc.pageContent, metadata: doc.metadata }));
