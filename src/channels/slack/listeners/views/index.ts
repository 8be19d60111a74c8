import type { App, ViewSubmitAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { FORM_CALLBACK, NOTES_CALLBACK } from '../../render/views.js';
import { notesSubmitted } from './notes-submitted.js';
import { proposalEdited } from './proposal-edited.js';

export function register(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: NOTES_CALLBACK }, notesSubmitted(deps));
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: FORM_CALLBACK }, proposalEdited(deps));
}
