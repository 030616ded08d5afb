/** A concrete goal (concreet doel) of a theme. */
export interface Goal {
  id: number;
  themeId: number;
  title: string;
  version: string;
}
