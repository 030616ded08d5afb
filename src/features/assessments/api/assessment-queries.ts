import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Repositories } from '../../../data/repositories';
import type { AssessmentInput } from '../../../domain/assessment-input';
import { useRepositories } from '../../../ui/repositories-context';

export const assessmentsQueryKey = ['assessments'] as const;

/** Every theme's assessments in one read: six themes, a few revisions a year. */
export function getAssessmentsQueryOptions(repositories: Repositories) {
  return queryOptions({
    queryKey: assessmentsQueryKey,
    queryFn: () => repositories.assessments.listAll(),
  });
}

export function useAssessments() {
  return useQuery(getAssessmentsQueryOptions(useRepositories()));
}

export interface DraftVariables {
  themeId: number;
  year: number;
  input: AssessmentInput;
  /** The open draft being edited, with the version the user started from. */
  existing?: { id: number; version: string };
}

/** After a save or a refusal the list is read again: a conflict shows what is stored now. */
export function useDraftAssessment() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ themeId, year, input, existing }: DraftVariables) =>
      repositories.assessments.draft(themeId, year, input, existing),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey }),
  });
}

export function useConfirmAssessment() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: string }) =>
      repositories.assessments.confirm(id, version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentsQueryKey }),
  });
}
