import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/**
 * dnd-kit's keyboard sensor, which also hears keys pressed right after the one that picked a card
 * up. dnd-kit starts listening for them after a timer, so as not to hear that first key; on a busy
 * page the browser may handle the next keys before the timer, and the card would drop back in its
 * own column. Such keys are held here and handed on, in order, once dnd-kit listens.
 */
export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const target = props.event.target;
    const document = target instanceof Node ? target.ownerDocument : null;
    if (!document) return;
    const held: KeyboardEvent[] = [];
    // In the capture phase, which the key that picked the card up has passed already.
    const hold = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
    };
    document.addEventListener('keydown', hold, true);
    // Timers run in the order they were set: dnd-kit listens by the time this one runs.
    setTimeout(() => {
      document.removeEventListener('keydown', hold, true);
      for (const event of held) document.dispatchEvent(new KeyboardEvent('keydown', event));
    });
  }
}
