/**
 * An error answered in SharePoint's REST error shape:
 * `{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"…"}}}`.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'SpError';
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export function invalidQuery(message: string): SpError {
  return new SpError(400, INVALID_QUERY, message);
}

export function badRequest(message: string, code = '-1, System.ArgumentException'): SpError {
  return new SpError(400, code, message);
}

export function invalidJson(): SpError {
  return invalidQuery('Invalid JSON. A token was not recognized in the JSON content.');
}

export function unknownProperty(property: string, typeName: string): SpError {
  return invalidQuery(
    `The property '${property}' does not exist on type '${typeName}'. ` +
      'Make sure to only use property names that are defined by the type.',
  );
}

export function resourceNotFound(path: string): SpError {
  return new SpError(
    404,
    '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
    `Cannot find resource for the request ${path}.`,
  );
}

export function methodNotAllowed(method: string, resource: string): SpError {
  return new SpError(
    405,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The HTTP method '${method}' cannot be used to access the resource '${resource}'.`,
  );
}

export function itemNotFound(): SpError {
  return new SpError(
    404,
    '-2130575338, Microsoft.SharePoint.SPException',
    'Item does not exist. It may have been deleted by another user.',
  );
}

export function accessDenied(): SpError {
  return new SpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

export function unauthorized(reason: string): SpError {
  return new SpError(
    401,
    '-2147024891, System.UnauthorizedAccessException',
    `Unauthorized: ${reason}`,
    { 'WWW-Authenticate': 'Bearer realm="local-sharepoint"' },
  );
}

export function preconditionFailed(requested: string, actual: string): SpError {
  return new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`,
  );
}

export function listViewThresholdExceeded(): SpError {
  return new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.',
  );
}
