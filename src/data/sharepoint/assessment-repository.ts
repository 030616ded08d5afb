import type { SPFI } from '@pnp/sp';
import type { AssessmentRepository } from '../repositories';
import { assessmentItem, QUERIES } from './mappers';
import { readMapped, siteList } from './site-lists';
import { guarded } from './to-data-error';

export function createAssessmentRepository(sp: SPFI, siteUrl: string): AssessmentRepository {
  return {
    listByYear: (year) =>
      guarded(() =>
        readMapped(
          'MvoiAssessments',
          siteList(sp, siteUrl, 'MvoiAssessments').items.filter(`Year eq ${year}`).orderBy('Id'),
          QUERIES.assessments,
          assessmentItem,
        ),
      ),
  };
}
