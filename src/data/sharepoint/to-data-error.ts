import { DataError, type DataErrorKind } from '../errors';

interface HttpErrorLike {
  isHttpRequestError: true;
  status: number;
  message: string;
  response?: Response;
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return typeof error === 'object' && error !== null && 'isHttpRequestError' in error;
}

const KIND_BY_STATUS: Record<number, DataErrorKind> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'conflict',
  429: 'throttled',
  503: 'throttled',
  504: 'throttled',
};

/** Translates whatever PnPjs or fetch threw into a domain error the UI can explain. */
export async function toDataError(error: unknown): Promise<DataError> {
  if (error instanceof DataError) return error;
  if (isHttpError(error)) {
    const detail = (await sharePointMessage(error.response)) ?? error.message;
    const kind =
      KIND_BY_STATUS[error.status] ??
      (/Retry count exceeded/.test(error.message) ? 'throttled' : 'unknown');
    return new DataError(kind, detail, { cause: error });
  }
  if (error instanceof TypeError) return new DataError('network', error.message, { cause: error });
  return new DataError('unknown', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

async function sharePointMessage(response: Response | undefined): Promise<string | undefined> {
  if (!response) return undefined;
  try {
    const body: unknown = await response.clone().json();
    const odata = (body as Record<string, { message?: { value?: string } }>)['odata.error'];
    const verbose = (body as Record<string, { message?: { value?: string } }>).error;
    return odata?.message?.value ?? verbose?.message?.value;
  } catch {
    return undefined;
  }
}

/** Runs a SharePoint call and rethrows its failure as a `DataError`. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await toDataError(error);
  }
}
