import { SpError, badRequest, resourceNotFound } from '../http/sp-error';
import { formatSharePointDate } from '../model/item-values';
import { Permission } from '../model/permissions';
import { ODataEntity } from '../odata/odata-format';
import type { AttachmentRecord } from '../store/attachment-table';
import type { ItemRecord, ListRecord } from '../store/records';
import type { WriteUnit } from '../store/write-unit';
import type { ApiRequest, ApiResult, Resource } from './api-types';
import { requirePermission, requireWriteSecurity } from './authorize';
import { listPath, listServerRelativeUrl } from './list-entities';
import type { PathSegment } from './path-segments';
import { argument } from './path-segments';
import { collectionResult, emptyOk, entityResult, noContent } from './results';

/** Characters SharePoint refuses in a file name, and its length limit for one path segment. */
const ILLEGAL_NAME = /["*:<>?/\\|#%]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const MAX_NAME_LENGTH = 128;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  txt: 'text/plain',
  pdf: 'application/pdf',
};

function contentTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function fileNotFound(): SpError {
  return new SpError(
    404,
    '-2130575338, Microsoft.SharePoint.SPException',
    'The file or folder name contains characters that are not permitted, or the file does not exist.',
  );
}

function checkName(name: string): void {
  if (
    name.trim() === '' ||
    name.length > MAX_NAME_LENGTH ||
    ILLEGAL_NAME.test(name) ||
    CONTROL_CHARACTER.test(name)
  ) {
    throw badRequest(
      `The file name '${name}' is not valid.`,
      '-2130575245, Microsoft.SharePoint.SPException',
    );
  }
}

function attachmentEntity(
  request: ApiRequest,
  list: ListRecord,
  item: ItemRecord,
  file: AttachmentRecord,
): ODataEntity {
  const editLink = `${listPath(list)}/Items(${item.id})/AttachmentFiles(${quoted(file.fileName)})`;
  const url = `${listServerRelativeUrl(request.site.sitePath, list)}/Attachments/${item.id}/${file.fileName}`;
  return new ODataEntity(
    {
      type: 'SP.Attachment',
      id: `${request.links.apiUrl}/${editLink}`,
      uri: `${request.links.apiUrl}/${editLink}`,
      editLink,
    },
    {
      FileName: file.fileName,
      FileNameAsPath: { DecodedUrl: file.fileName },
      ServerRelativePath: { DecodedUrl: url },
      ServerRelativeUrl: url,
    },
  );
}

/** Adding, replacing or removing a file edits the item: its permissions, and a new version. */
function changeFiles(
  request: ApiRequest,
  list: ListRecord,
  item: ItemRecord,
  change: (unit: WriteUnit) => void,
): void {
  requirePermission(request, Permission.EditListItems, list, item);
  requireWriteSecurity(request, list, item);
  const store = request.site.store;
  const current = store.items.get(list.id, item.id) ?? item;
  store.write((unit) => {
    change(unit);
    store.items.update(unit, list.id, {
      ...current,
      version: current.version + 1,
      editorId: request.user.id,
      modified: formatSharePointDate(request.site.now()),
    });
  });
}

function bytesOf(request: ApiRequest): Buffer {
  return request.bytes ?? Buffer.from(request.body, 'utf8');
}

function attachmentResource(list: ListRecord, item: ItemRecord, file: AttachmentRecord): Resource {
  const store = (request: ApiRequest) => request.site.store;
  const remove = (request: ApiRequest) => {
    changeFiles(request, list, item, (unit) =>
      store(request).attachments.remove(unit, list.id, item.id, file.fileName),
    );
    return emptyOk();
  };
  return {
    name: `AttachmentFiles('${file.fileName}')`,
    get: (request) =>
      entityResult(request, attachmentEntity(request, list, item, file), 'SP.Attachment'),
    delete: remove,
    child(segment) {
      if (segment.args) return undefined;
      if (segment.key === 'recycleobject')
        return { name: 'recycleObject', post: remove, delete: remove };
      if (segment.key !== '$value') return undefined;
      return {
        name: '$value',
        get(request) {
          const content = store(request).attachments.content(list.id, item.id, file.fileName);
          if (!content) throw fileNotFound();
          return {
            status: 200,
            headers: {
              'Content-Type': contentTypeOf(file.fileName),
              'X-Content-Type-Options': 'nosniff',
            },
            raw: content,
          };
        },
        // PnPjs's setContent PUTs here; PUT arrives as MERGE.
        merge(request) {
          const now = formatSharePointDate(request.site.now());
          changeFiles(request, list, item, (unit) =>
            store(request).attachments.put(
              unit,
              list.id,
              item.id,
              file.fileName,
              bytesOf(request),
              now,
            ),
          );
          return noContent();
        },
      };
    },
  };
}

function fileNameArgument(segment: PathSegment, named: string): string | undefined {
  const value = argument(segment, named);
  return value?.type === 'string' ? value.value : undefined;
}

/** `items(n)/AttachmentFiles`: list, add, and each file by name. */
export function attachmentFilesResource(list: ListRecord, item: ItemRecord): Resource {
  const byName = (request: ApiRequest, name: string | undefined): Resource => {
    if (name === undefined) throw resourceNotFound('AttachmentFiles');
    const file = request.site.store.attachments.find(list.id, item.id, name);
    if (!file) throw fileNotFound();
    return attachmentResource(list, item, file);
  };
  const add = (fileName: string): Resource => ({
    name: 'add',
    post(request): ApiResult {
      checkName(fileName);
      const store = request.site.store;
      if (store.attachments.find(list.id, item.id, fileName)) {
        throw badRequest(
          `A file with the name '${fileName}' already exists.`,
          '-2130575257, Microsoft.SharePoint.SPException',
        );
      }
      const now = formatSharePointDate(request.site.now());
      let added: AttachmentRecord | undefined;
      changeFiles(request, list, item, (unit) => {
        added = store.attachments.put(unit, list.id, item.id, fileName, bytesOf(request), now);
      });
      return entityResult(
        request,
        attachmentEntity(request, list, item, added as AttachmentRecord),
        'SP.Attachment',
      );
    },
  });
  return {
    name: 'AttachmentFiles',
    get(request) {
      const files = request.site.store.attachments.of(list.id, item.id);
      return collectionResult(
        request,
        files.map((file) => attachmentEntity(request, list, item, file)),
        'SP.Attachment',
      );
    },
    child(segment, request) {
      if (segment.key === 'add') {
        const name = fileNameArgument(segment, 'filename');
        return name === undefined ? undefined : add(name);
      }
      if (segment.key === 'getbyfilename')
        return byName(request, fileNameArgument(segment, 'filename'));
      return undefined;
    },
  };
}

/** `AttachmentFiles('name')` is the collection segment with an argument. */
export function attachmentFilesChild(
  list: ListRecord,
  item: ItemRecord,
  segment: PathSegment,
  request: ApiRequest,
): Resource | undefined {
  const files = attachmentFilesResource(list, item);
  if (!segment.args) return files;
  const name = fileNameArgument(segment, 'filename');
  if (name === undefined) return undefined;
  const file = request.site.store.attachments.find(list.id, item.id, name);
  if (!file) throw fileNotFound();
  return attachmentResource(list, item, file);
}
