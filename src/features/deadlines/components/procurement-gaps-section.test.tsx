import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  freshSite,
  renderWithSite,
  type TestSite,
} from '../../../../tests/support/render-with-site';
import { ProcurementGapsSection } from './procurement-gaps-section';

describe('procurements without an MVOI plan, on the overview', () => {
  let site: TestSite;

  beforeAll(async () => {
    site = await freshSite();
  });

  it('counts the procurements above a threshold without their plan and links to them', async () => {
    const coordinator = await site.repositoriesFor(
      site.userWhere((user) => user.role === 'coordinator').login,
    );
    await coordinator.procurements.create({
      title: 'Groenonderhoud',
      estimatedValueEur: 120_000,
      kind: 'services',
      criteriaChosen: true,
    });
    await coordinator.procurements.create({
      title: 'Kantoorartikelen',
      estimatedValueEur: 20_000,
      kind: 'supplies',
    });
    renderWithSite(<ProcurementGapsSection />, { repositories: coordinator });
    expect(
      await screen.findByText('1 aanbesteding boven een drempel heeft nog geen MVOI-plan.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Groenonderhoud')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Bekijk de aanbestedingen zonder MVOI-plan' }),
    ).toHaveAttribute('href', '/procurements?gaps=1');
  });
});
