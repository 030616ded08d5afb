import type { UserEvent } from '@testing-library/user-event';

/**
 * Clicks into a field and pastes the text at the caret: the value a user ends up with, in one
 * input event instead of a render of the whole form per character. Where the keys themselves are
 * the point, use `user.keyboard`.
 */
export async function enter(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
