import type { LocalSite } from '../local-site';
import type { MetadataLevel } from '../odata/odata-format';
import type { PrincipalRecord } from '../store/records';
import type { PathSegment } from './path-segments';

export type ApiMethod = 'GET' | 'POST' | 'MERGE' | 'DELETE';

/** Absolute URLs as the caller sees them (behind a proxy: its Host / X-Forwarded-*). */
export interface SiteLinks {
  readonly origin: string;
  readonly siteUrl: string;
  readonly apiUrl: string;
}

/** One `_api` call, on its own or as a part of a `$batch`. */
export interface ApiRequest {
  readonly method: ApiMethod;
  readonly segments: readonly PathSegment[];
  readonly query: URLSearchParams;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body's bytes, for file uploads (absent inside a `$batch`). */
  readonly bytes?: Buffer;
  readonly user: PrincipalRecord;
  readonly level: MetadataLevel;
  readonly links: SiteLinks;
  readonly site: LocalSite;
  /** The request URL's path and query, to build an absolute `odata.nextLink`. */
  readonly pathname: string;
}

export interface ApiResult {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON to serialize; absent for 204 and empty 200 answers. */
  readonly body?: unknown;
  /** A file's bytes, sent as they are (its Content-Type in `headers`). */
  readonly raw?: Buffer;
}

/** A node of the REST URL tree: navigates to children and answers HTTP methods. */
export interface Resource {
  readonly name: string;
  child?(segment: PathSegment, request: ApiRequest): Resource | undefined;
  get?(request: ApiRequest): ApiResult;
  post?(request: ApiRequest): ApiResult;
  merge?(request: ApiRequest): ApiResult;
  delete?(request: ApiRequest): ApiResult;
}
