import type { Repositories } from '../repositories';
import { createActionRepository } from './action-repository';
import { createAssessmentRepository } from './assessment-repository';
import { createGoalRepository } from './goal-repository';
import { createPeopleRepository } from './people-repository';
import { createPilotRepository } from './pilot-repository';
import { createPlanRepository } from './plan-repository';
import { createPlanUpdateRepository } from './plan-update-repository';
import { createPracticeRepository } from './practice-repository';
import { createProcurementRepository } from './procurement-repository';
import { createSettingsRepository } from './settings-repository';
import { connectSite, type SiteConnection } from './sp-client';
import { createThemeRepository } from './theme-repository';

/** The SharePoint implementation of every repository, over one PnPjs instance for the site. */
export function createSharePointRepositories(connection: SiteConnection): Repositories {
  const sp = connectSite(connection);
  const { siteUrl } = connection;
  return {
    plan: createPlanRepository(sp, siteUrl),
    themes: createThemeRepository(sp, siteUrl),
    goals: createGoalRepository(sp, siteUrl),
    actions: createActionRepository(sp, siteUrl),
    pilots: createPilotRepository(sp, siteUrl),
    practices: createPracticeRepository(sp, siteUrl),
    assessments: createAssessmentRepository(sp, siteUrl),
    settings: createSettingsRepository(sp, siteUrl),
    people: createPeopleRepository(sp),
    planUpdates: createPlanUpdateRepository(sp, siteUrl),
    procurements: createProcurementRepository(sp, siteUrl),
  };
}
