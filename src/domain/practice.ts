import * as z from 'zod/mini';
import { TITLE_MAX_LENGTH } from './action';
import type { Person } from './person';

/** A good example (best practice) shared with colleagues, as on the intranet Stella. */
export interface Practice {
  id: number;
  title: string;
  /** Markdown, written by anyone: render it only with a renderer that is safe by default. */
  body: string;
  themeIds: number[];
  pilotId: number | undefined;
  actionId: number | undefined;
  author: Person | undefined;
  /** When it was posted: an instant, ISO 8601. */
  created: string;
  /** A coordinator keeps it above the feed. */
  pinned: boolean;
  /** A coordinator hid it: only its author and the coordinators can still read it. */
  hidden: boolean;
  /** Whether it has images (list item attachments); their names are read with the post. */
  hasImages: boolean;
  version: string;
}

export const PRACTICE_BODY_MAX_LENGTH = 20_000;
export const COMMENT_MAX_LENGTH = 4_000;
export const PRACTICES_PER_PAGE = 20;

const positiveId = z.int().check(z.positive());

export const practiceInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH)),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(PRACTICE_BODY_MAX_LENGTH)),
  themeIds: z.array(positiveId).check(z.minLength(1)),
  pilotId: z.optional(positiveId),
  actionId: z.optional(positiveId),
});
export type PracticeInput = z.input<typeof practiceInputSchema>;
export type PracticeCommand = z.output<typeof practiceInputSchema>;

/** Which posts the feed shows; every one is an indexed lookup in SharePoint. */
export interface PracticeFilter {
  themeId?: number | undefined;
  pilotId?: number | undefined;
  actionId?: number | undefined;
}

export const REACTION_KINDS = ['useful', 'inspiring', 'will-use'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** What the feed shows under a post. */
export interface PracticeStats {
  reactions: Record<ReactionKind, number>;
  /** The kinds the reader gave. */
  mine: ReactionKind[];
  comments: number;
}

export function emptyStats(): PracticeStats {
  return { reactions: { useful: 0, inspiring: 0, 'will-use': 0 }, mine: [], comments: 0 };
}

export interface PracticeComment {
  id: number;
  practiceId: number;
  body: string;
  author: Person | undefined;
  created: string;
  version: string;
}

export const commentInputSchema = z.object({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(COMMENT_MAX_LENGTH)),
});
export type CommentInput = z.input<typeof commentInputSchema>;

export const MAX_IMAGES = 4;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
const EXTENSION: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The image type the bytes themselves say (their magic numbers), whatever the file is called. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length &&
    signature.every((value, index) => bytes[offset + index] === value);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

export interface ImageUpload {
  /** As the user's file was called; only shown, never trusted. */
  name: string;
  bytes: Uint8Array;
}

export type ImageProblem =
  | { kind: 'too-many'; max: number }
  | { kind: 'too-large'; name: string; maxBytes: number }
  | { kind: 'not-an-image'; name: string };

/** Checks uploads from their bytes: type, size and count (with the images already there). */
export function checkImages(
  uploads: readonly ImageUpload[],
  alreadyThere = 0,
): ImageProblem | undefined {
  if (uploads.length + alreadyThere > MAX_IMAGES) return { kind: 'too-many', max: MAX_IMAGES };
  for (const upload of uploads) {
    if (upload.bytes.length > MAX_IMAGE_BYTES)
      return { kind: 'too-large', name: upload.name, maxBytes: MAX_IMAGE_BYTES };
    if (!sniffImageType(upload.bytes)) return { kind: 'not-an-image', name: upload.name };
  }
  return undefined;
}

/**
 * The name an image is stored under: made by us from its type, so a hostile file name never
 * reaches SharePoint or a URL.
 */
export function storedImageName(type: ImageType, index: number, now: Date): string {
  return `afbeelding-${now.getTime().toString(36)}-${index + 1}.${EXTENSION[type]}`;
}
