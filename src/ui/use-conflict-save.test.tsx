import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConflictSave, type SaveMutation } from './use-conflict-save';

interface Note {
  id: number;
  version: string;
  title: string;
  body: string;
}
type NoteCommand = Pick<Note, 'title' | 'body'>;

class StoredFirst extends Error {
  constructor(readonly current: Note) {
    super('conflict');
  }
}

const NOTE: Note = { id: 7, version: '1', title: 'Plan', body: 'Draft' };

/** A mutation that waits until the test settles its last call. */
function fakeMutation<Variables>() {
  let settle = { onSuccess: (_saved: Note) => {}, onError: (_error: unknown) => {} };
  const mutation: SaveMutation<Variables, Note> = {
    isPending: false,
    mutate: vi.fn((_variables: Variables, callbacks: typeof settle) => {
      settle = callbacks;
    }),
  };
  return {
    mutation,
    succeed: (saved: Note) => act(() => settle.onSuccess(saved)),
    fail: (error: unknown) => act(() => settle.onError(error)),
  };
}

function renderSave(item: Note | undefined) {
  const create = fakeMutation<NoteCommand>();
  const update = fakeMutation<{ id: number; command: NoteCommand; version: string }>();
  const onCreated = vi.fn();
  const onUpdated = vi.fn();
  const { result } = renderHook(() =>
    useConflictSave({
      item,
      create: create.mutation,
      update: update.mutation,
      onCreated,
      onUpdated,
      conflictFields: ['title', 'body'] as const,
      commandOf: ({ title, body }: Note) => ({ title, body }),
      storedOf: (error) => (error instanceof StoredFirst ? error.current : undefined),
      saveFailedTitle: 'Saving failed',
    }),
  );
  return { result, create, update, onCreated, onUpdated };
}

describe('useConflictSave', () => {
  it('creates when there is no item, and updates from the version the user started from', () => {
    const created = renderSave(undefined);
    act(() => created.result.current.save({ title: 'New', body: '' }));
    expect(created.create.mutation.mutate).toHaveBeenCalledWith(
      { title: 'New', body: '' },
      expect.anything(),
    );
    created.create.succeed({ ...NOTE, title: 'New' });
    expect(created.onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: 'New' }));

    const updated = renderSave(NOTE);
    act(() => updated.result.current.save({ title: 'Plan', body: 'Final' }));
    expect(updated.update.mutation.mutate).toHaveBeenCalledWith(
      { id: 7, command: { title: 'Plan', body: 'Final' }, version: '1' },
      expect.anything(),
    );
  });

  it('turns a conflict into a choice per field, and saves the merge on the stored version', () => {
    const { result, update } = renderSave(NOTE);
    act(() => result.current.save({ title: 'Plan', body: 'Mine' }));
    update.fail(new StoredFirst({ ...NOTE, version: '2', title: 'Their plan', body: 'Theirs' }));

    expect(result.current.failure).toBeUndefined();
    // The user changed only the body, so the title is taken as stored.
    expect(result.current.conflict?.choices).toEqual({ title: 'theirs', body: 'yours' });
    expect(result.current.conflictRows({ title: 'Title', body: 'Body' }, (f, c) => c[f])).toEqual([
      { key: 'title', label: 'Title', theirs: 'Their plan', yours: 'Plan', choice: 'theirs' },
      { key: 'body', label: 'Body', theirs: 'Theirs', yours: 'Mine', choice: 'yours' },
    ]);

    act(() => result.current.choose('body', 'theirs'));
    act(() => result.current.saveMerged());
    expect(update.mutation.mutate).toHaveBeenLastCalledWith(
      { id: 7, command: { title: 'Their plan', body: 'Theirs' }, version: '2' },
      expect.anything(),
    );
  });

  it('keeps any other failure under its title, and a retry sends the same again', () => {
    const { result, update } = renderSave(NOTE);
    act(() => result.current.save({ title: 'Plan', body: 'Offline' }));
    const offline = new Error('network');
    update.fail(offline);
    expect(result.current.failure).toMatchObject({ title: 'Saving failed', error: offline });

    act(() => result.current.failure?.retry());
    expect(result.current.failure).toBeUndefined();
    expect(update.mutation.mutate).toHaveBeenCalledTimes(2);
    expect(vi.mocked(update.mutation.mutate).mock.calls[1]?.[0]).toEqual({
      id: 7,
      command: { title: 'Plan', body: 'Offline' },
      version: '1',
    });
  });

  it('shows the failure of another operation, such as a delete, in the same place', () => {
    const { result } = renderSave(NOTE);
    const start = vi.fn((onError: (error: unknown) => void) => onError(new Error('busy')));
    act(() => result.current.attempt('Deleting failed', start));
    expect(result.current.failure?.title).toBe('Deleting failed');

    act(() => result.current.failure?.retry());
    expect(start).toHaveBeenCalledTimes(2);
  });
});
