import { createContext, useContext } from 'react';
import type { Repositories } from '../data/repositories';

export const RepositoriesContext = createContext<Repositories | undefined>(undefined);

/** The data layer, as the app composed it; features never build their own. */
export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories needs a RepositoriesContext provider');
  return repositories;
}
