import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CommentInput,
  ImageUpload,
  Practice,
  PracticeInput,
  ReactionKind,
} from '../../../domain/practice';
import { useRepositories } from '../../../ui/repositories-context';
import { practiceKeys } from './practice-queries';

function useRefresh() {
  const queryClient = useQueryClient();
  return (saved?: Practice) => {
    if (saved) queryClient.setQueryData(practiceKeys.one(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: practiceKeys.all });
  };
}

export function useCreatePractice() {
  const repositories = useRepositories();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ input, images }: { input: PracticeInput; images: ImageUpload[] }) =>
      repositories.practices.create(input, images),
    onSuccess: (saved) => refresh(saved),
  });
}

export function useUpdatePractice() {
  const repositories = useRepositories();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (variables: {
      id: number;
      input: PracticeInput;
      version: string;
      add: ImageUpload[];
      remove: string[];
    }) =>
      repositories.practices.update(variables.id, variables.input, variables.version, {
        add: variables.add,
        remove: variables.remove,
      }),
    onSuccess: (saved) => refresh(saved),
  });
}

export function useDeletePractice() {
  const repositories = useRepositories();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (practice: Practice) =>
      repositories.practices.delete(practice.id, practice.version),
    onSuccess: () => refresh(),
  });
}

export function useModeratePractice() {
  const repositories = useRepositories();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      practice,
      change,
    }: {
      practice: Practice;
      change: 'pin' | 'unpin' | 'hide' | 'unhide';
    }) =>
      change === 'pin' || change === 'unpin'
        ? repositories.practices.setPinned(practice.id, change === 'pin', practice.version)
        : repositories.practices.setHidden(practice.id, change === 'hide', practice.version),
    onSuccess: (saved) => refresh(saved),
  });
}

/** Toggles one reaction; while one is under way the button waits, and SharePoint keeps one. */
export function useToggleReaction(userId: number | undefined) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, kind, on }: { id: number; kind: ReactionKind; on: boolean }) =>
      on
        ? repositories.practices.react(id, kind, userId ?? 0)
        : repositories.practices.unreact(id, kind, userId ?? 0),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['practices', 'stats'] }),
  });
}

export function useCommentMutations(practiceId: number) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const settled = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: practiceKeys.comments(practiceId) }),
      queryClient.invalidateQueries({ queryKey: ['practices', 'stats'] }),
    ]);
  const add = useMutation({
    mutationFn: (input: CommentInput) => repositories.practices.addComment(practiceId, input),
    onSettled: settled,
  });
  const update = useMutation({
    mutationFn: ({ id, input, version }: { id: number; input: CommentInput; version: string }) =>
      repositories.practices.updateComment(id, input, version),
    onSettled: settled,
  });
  const remove = useMutation({
    mutationFn: ({ id, version }: { id: number; version: string }) =>
      repositories.practices.deleteComment(id, version),
    onSettled: settled,
  });
  return { add, update, remove };
}
