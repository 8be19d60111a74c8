// The JSON schema the model must answer with (OpenAI structured outputs, strict mode) and its
// runtime check: strict mode needs every property listed as required, nullable ones as type unions.
import { z } from 'zod';

export const ITEMS_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['owners', 'task', 'due', 'dueText', 'dueFlag', 'quote'],
        properties: {
          owners: { type: 'array', items: { type: 'string' } },
          task: { type: 'string' },
          due: { type: ['string', 'null'], description: 'YYYY-MM-DD' },
          dueText: { type: ['string', 'null'] },
          dueFlag: { type: ['string', 'null'], enum: ['unparsed', 'vague', null] },
          quote: { type: 'string' },
        },
      },
    },
  },
} as const;

export const llmItemsSchema = z.object({
  items: z.array(
    z.object({
      owners: z.array(z.string()),
      task: z.string(),
      due: z.string().nullable(),
      dueText: z.string().nullable(),
      dueFlag: z.enum(['unparsed', 'vague']).nullable(),
      quote: z.string(),
    }),
  ),
});

export type LlmItems = z.infer<typeof llmItemsSchema>;
