// A directory answer's services as Block Kit: one section per service (name, who runs it, phone,
// address, hours, who is eligible, cost, languages, and which of the asked conditions it meets),
// with its freshness in a context line under it.
import type { types } from '@slack/bolt';
import type { ServiceCard } from '../../../core/messages.js';
import { escapeMrkdwn, slackLink } from './mrkdwn.js';

export function serviceCardBlocks(cards: ServiceCard[]): types.KnownBlock[] {
  return cards.flatMap((c) => {
    const name = c.url ? slackLink(c.url, c.title) : `*${escapeMrkdwn(c.title)}*`;
    const lines = [`*[${c.n}]* ${name}${c.organization ? ` · ${escapeMrkdwn(c.organization)}` : ''}`];
    const reach = [c.phone && `☎ ${escapeMrkdwn(c.phone)}`, c.address && `📍 ${escapeMrkdwn(c.address)}`, c.distance && escapeMrkdwn(c.distance)].filter(Boolean);
    if (reach.length) lines.push(reach.join(' · '));
    if (c.hours) lines.push(`🕑 ${escapeMrkdwn(c.hours)}`);
    if (c.eligible) lines.push(`*Who:* ${escapeMrkdwn(c.eligible)}`);
    if (c.cost) lines.push(`*Cost:* ${escapeMrkdwn(c.cost)}`);
    if (c.languages) lines.push(`*Languages:* ${escapeMrkdwn(c.languages)}`);
    const fit = [c.meets.length && `✅ ${c.meets.map(escapeMrkdwn).join(', ')}`, c.misses.length && `❌ ${c.misses.map(escapeMrkdwn).join(', ')}`, c.unstated?.length && `❔ ${c.unstated.map(escapeMrkdwn).join(', ')}`].filter(Boolean);
    if (fit.length) lines.push(fit.join('  '));
    const blocks: types.KnownBlock[] = [{ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 2900) } }];
    if (c.verified) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `_${escapeMrkdwn(c.verified)}_` }] });
    return blocks;
  });
}
