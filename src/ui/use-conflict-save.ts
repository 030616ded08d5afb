import { useState } from 'react';
import {
  defaultChoices,
  differingFields,
  mergeChosen,
  type ConflictChoices,
} from './conflict-merge';
import type { ConflictRow, ConflictSide } from './conflict-resolver';

/** What a create or update mutation offers the dialog; TanStack Query's `useMutation` fits. */
export interface SaveMutation<Variables, Saved> {
  mutate: (
    variables: Variables,
    callbacks: { onSuccess: (saved: Saved) => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
}

export interface SaveFailure {
  title: string;
  error: unknown;
  retry: () => void;
}

/** Someone else saved first: their stored item, the user's command and the choice per field. */
export interface SaveConflict<Item, Command, Field extends keyof Command & string> {
  theirs: Item;
  yours: Command;
  choices: ConflictChoices<Field>;
}

interface StoredItem {
  id: number;
  version: string;
}

export interface ConflictSaveOptions<
  Item extends StoredItem,
  Command extends object,
  Field extends keyof Command & string,
> {
  /** The item the dialog edits; none when it creates one. */
  item: Item | undefined;
  create: SaveMutation<Command, Item>;
  update: SaveMutation<{ id: number; command: Command; version: string }, Item>;
  onCreated: (created: Item) => void;
  onUpdated: (saved: Item) => void;
  /** The fields a conflict is resolved on, one by one. */
  conflictFields: readonly Field[];
  commandOf: (item: Item) => Command;
  /** For a conflict (HTTP 412): the item as someone else stored it. */
  storedOf: (error: unknown) => Item | undefined;
  saveFailedTitle: string;
}

/**
 * A dialog's save: a create or an update from the version the user started from. A conflict
 * becomes a choice per field, never an overwrite; any other failure keeps the input and offers
 * to send it again.
 */
export function useConflictSave<
  Item extends StoredItem,
  Command extends object,
  Field extends keyof Command & string,
>(options: ConflictSaveOptions<Item, Command, Field>) {
  const { item, create, update, conflictFields, commandOf, storedOf } = options;
  const [original] = useState(() => (item ? commandOf(item) : undefined));
  const [conflict, setConflict] = useState<SaveConflict<Item, Command, Field>>();
  const [failure, setFailure] = useState<SaveFailure>();

  /** Starts an operation on the item; if it fails, the failure says so under `failedTitle`. */
  const attempt = (failedTitle: string, start: (onError: (error: unknown) => void) => void) => {
    setFailure(undefined);
    start((error) =>
      setFailure({ title: failedTitle, error, retry: () => attempt(failedTitle, start) }),
    );
  };

  const send = (command: Command, version: string | undefined) =>
    attempt(options.saveFailedTitle, (onError) => {
      const onSaveError = (error: unknown) => {
        const theirs = storedOf(error);
        if (theirs) {
          setConflict({
            theirs,
            yours: command,
            choices: defaultChoices(conflictFields, original ?? command, command),
          });
        } else {
          onError(error);
        }
      };
      if (item && version !== undefined) {
        update.mutate(
          { id: item.id, command, version },
          { onSuccess: options.onUpdated, onError: onSaveError },
        );
      } else {
        create.mutate(command, { onSuccess: options.onCreated, onError: onSaveError });
      }
    });

  return {
    conflict,
    failure,
    pending: create.isPending || update.isPending,
    attempt,
    save: (command: Command) => send(command, item?.version),
    saveMerged: () => {
      if (!conflict) return;
      const merged = mergeChosen(
        conflictFields,
        commandOf(conflict.theirs),
        conflict.yours,
        conflict.choices,
      );
      send(merged, conflict.theirs.version);
    },
    choose: (field: Field, side: ConflictSide) =>
      setConflict(
        (current) => current && { ...current, choices: { ...current.choices, [field]: side } },
      ),
    /** The conflict's differing fields, named and shown as the dialog describes its own. */
    conflictRows: (
      labels: Record<Field, string>,
      describe: (field: Field, command: Command) => string,
    ): ConflictRow<Field>[] => {
      if (!conflict) return [];
      const theirs = commandOf(conflict.theirs);
      return differingFields(conflictFields, theirs, conflict.yours).map((field) => ({
        key: field,
        label: labels[field],
        theirs: describe(field, theirs),
        yours: describe(field, conflict.yours),
        choice: conflict.choices[field],
      }));
    },
  };
}
