// A directory answer's services as Adaptive Card containers: the name and who runs it, a fact set
// (phone, address, hours, who, cost, languages), which asked conditions it meets, and its freshness.
import type { ServiceCard } from '../../../core/messages.js';

type Element = Record<string, unknown>;
const text = (t: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: t, wrap: true, ...extra });

export function serviceCardElements(cards: ServiceCard[]): Element[] {
  return cards.map((c) => {
    const facts = (
      [
        ['Phone', c.phone],
        ['Address', [c.address, c.distance].filter(Boolean).join(' · ') || undefined],
        ['Hours', c.hours],
        ['Who', c.eligible],
        ['Cost', c.cost],
        ['Languages', c.languages],
      ] as const
    ).flatMap(([title, value]) => (value ? [{ title, value }] : []));
    const name = c.url ? `[${c.title}](${c.url})` : c.title;
    const fit = [c.meets.length ? `✅ ${c.meets.join(', ')}` : '', c.misses.length ? `❌ ${c.misses.join(', ')}` : '', c.unstated?.length ? `❔ ${c.unstated.join(', ')}` : ''].filter(Boolean).join('  ');
    return {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(`**[${c.n}] ${name}**`),
        ...(c.organization ? [text(c.organization, { isSubtle: true, spacing: 'None' })] : []),
        ...(facts.length ? [{ type: 'FactSet', facts }] : []),
        ...(fit ? [text(fit, { spacing: 'Small' })] : []),
        ...(c.verified ? [text(`_${c.verified}_`, { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
      ],
    };
  });
}
