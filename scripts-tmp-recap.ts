import { extractActions } from '/work/wt-teams/src/core/notes/rules.js';
import { statedMeetingDate } from '/work/wt-teams/src/core/notes/dates.js';
const variants = [`Transition planning: JR
Tuesday, November 24, 2026 10:00 AM - 10:45 AM

Meeting notes
Dana explained the VR referral process and the family agreed to apply.

Follow-up tasks
Send the VR application packet to the family by Friday
Assigned to Dana Alvarez
Schedule a job shadow at the hospital by 12/5
Assigned to Tom Okafor`,
`Recap: Transition planning for JR
November 24, 2026

Action items
VR application packet: Send the VR application packet to the family by Friday. Assigned to Dana Alvarez
Job shadow: Schedule a job shadow at the hospital by 12/5. Assigned to: Tom Okafor`];
for (const v of variants) {
  const md = statedMeetingDate(v, '2026-11-25');
  console.log(md, JSON.stringify(extractActions(v, { meetingDate: md ?? '2026-11-25' }).map(i => [i.owners, i.task, i.due])));
}
