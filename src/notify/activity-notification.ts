import { createHash } from 'node:crypto';
import type { Reminder } from '../domain/reminders';
import type { ActivityNotification } from './graph-activity-feed';
import { actionDeepLink, type AppLinks } from './deep-links';
import { dutchDate, previewText } from './reminder-texts';

/** The activity types the manifest declares (manifest.template.json, `activities`). */
export const ACTIVITY_TYPES = {
  approaching: 'deadlineApproaching',
  overdue: 'deadlineOverdue',
} as const;

/**
 * One chain per action and deadline: a later reminder for the same deadline (a week before,
 * then late) replaces the earlier one in the feed, and a repeat after a crash adds nothing.
 */
export function chainIdOf(actionId: number, deadline: string): number {
  const digest = createHash('sha256').update(`${actionId}:${deadline}`).digest();
  // 48 bits: a positive Int64 that JavaScript holds exactly.
  return digest.readUIntBE(0, 6);
}

export function activityNotification(
  reminder: Reminder,
  themeName: string,
  links: AppLinks,
): ActivityNotification {
  return {
    topic: {
      source: 'text',
      value: 'MVOI Actieplan',
      webUrl: actionDeepLink(links, reminder.actionId, reminder.title),
    },
    activityType: reminder.kind === 'overdue' ? ACTIVITY_TYPES.overdue : ACTIVITY_TYPES.approaching,
    chainId: chainIdOf(reminder.actionId, reminder.deadline),
    previewText: { content: previewText(reminder, themeName) },
    // The names of the manifest's templateText: "{actionTitle} ({themeName}) … {deadline}".
    templateParameters: [
      { name: 'actionTitle', value: reminder.title },
      { name: 'themeName', value: themeName },
      { name: 'deadline', value: dutchDate(reminder.deadline) },
    ],
  };
}
