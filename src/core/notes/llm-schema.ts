// The schema the model must answer with, given to LangChain's withStructuredOutput (OpenAI
// structured outputs, strict mode: every property is required, optional ones are nullable) and used
// again to check the answer at run time.
import { z } from 'zod';

export const llmItemsSchema = z.object({
  items: z.array(
    z.object({
      owners: z.array(z.string()),
      task: z.string(),
      due: z.string().nullable().describe('YYYY-MM-DD'),
      dueText: z.string().nullable(),
      dueFlag: z.enum(['unparsed', 'vague']).nullable(),
      quote: z.string(),
    }),
  ),
});

export type LlmItems = z.infer<typeof llmItemsSchema>;
