// Names of people who are not partners become placeholders before text reaches a model, and come
// back in what the model wrote; partners, places, programmes and ordinary words stay as written.
import { describe, expect, it } from 'vitest';
import { createNameMask } from '../../../src/core/privacy/pseudonyms.js';

const PARTNERS = ['Dana Alvarez', 'Tom Okafor', 'Maria Rivera'];

describe('name placeholders', () => {
  it('replaces students and family members, keeping partners', async () => {
    const mask = await createNameMask(PARTNERS);
    const text = "Lucia Mendez met with Dana today. Lucia's mom, Rosa Mendez, will sign the release; Ms. Alvarez sends the packet.";
    expect(mask.mask(text)).toBe(
      "[Student A] met with Dana today. [Student A]'s mom, [Parent 1], will sign the release; Ms. Alvarez sends the packet.",
    );
  });

  it('gives one person one placeholder, by full name or first name, and reads the full name back', async () => {
    const mask = await createNameMask(PARTNERS);
    const sent = mask.mask('- Jalen Brooks will tour the college\n- Jalen to bring his ID');
    expect(sent).toBe('- [Student A] will tour the college\n- [Student A] to bring his ID');
    expect(mask.unmask('[Student A] tours the college; Student A brings an ID')).toBe('Jalen Brooks tours the college; Jalen Brooks brings an ID');
  });

  it('tells parents (a family word beside the name) from other adults (an honorific) and students', async () => {
    const mask = await createNameMask(PARTNERS);
    const sent = mask.mask('Grandmother Helen Park drives Camila; Coach Reyes and her dad Luis Park will meet; Mr. Hughes (guardian) signs.');
    expect(sent).toBe('Grandmother [Parent 1] drives [Student A]; [Person 1] and her dad [Parent 2] will meet; [Parent 3] (guardian) signs.');
  });

  it('leaves proper nouns that are not people, sentence words and chat handles alone', async () => {
    const mask = await createNameMask(PARTNERS);
    const text = 'Will the Pell Grant cover Harbor County College? May 3 is the deadline. Ask @Jalen.Brooks in Slack. June Job Fair. Then Lincoln High.';
    expect(mask.mask(text)).toBe(text);
    expect(mask.size).toBe(0);
  });

  it('keeps a thread’s placeholders from one turn to the next', async () => {
    const first = await createNameMask(PARTNERS);
    first.mask('Camila Soto and her father Diego Soto asked about SSI.');
    const next = await createNameMask(PARTNERS, first.entries());
    expect(next.mask('Will Diego need to report Camila’s wages? And Ana Soto?')).toBe('Will [Parent 1] need to report [Student A]’s wages? And [Student B]?');
    expect(next.unmask('[Parent 1] reports them.')).toBe('Diego Soto reports them.');
  });
});
