/** Invalid input for the Teams package; each issue names the field it is about. */
export class PackageError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
    this.name = 'PackageError';
  }
}
