// LangChain's runnables, prompts and parsers, loaded on the first LLM call: the offline path (the
// default) never needs them, so it starts as fast as it did before LangChain.
import type * as Runnables from '@langchain/core/runnables';
import type * as Prompts from '@langchain/core/prompts';
import type * as Parsers from '@langchain/core/output_parsers';
import type * as Messages from '@langchain/core/messages';

export interface LangChainCore {
  RunnableLambda: typeof Runnables.RunnableLambda;
  ChatPromptTemplate: typeof Prompts.ChatPromptTemplate;
  StringOutputParser: typeof Parsers.StringOutputParser;
  HumanMessage: typeof Messages.HumanMessage;
  AIMessage: typeof Messages.AIMessage;
}

let loading: Promise<LangChainCore> | undefined;

export function langchainCore(): Promise<LangChainCore> {
  loading ??= Promise.all([
    import('@langchain/core/runnables'),
    import('@langchain/core/prompts'),
    import('@langchain/core/output_parsers'),
    import('@langchain/core/messages'),
  ]).then(([r, p, o, m]) => ({
    RunnableLambda: r.RunnableLambda,
    ChatPromptTemplate: p.ChatPromptTemplate,
    StringOutputParser: o.StringOutputParser,
    HumanMessage: m.HumanMessage,
    AIMessage: m.AIMessage,
  }));
  return loading;
}
