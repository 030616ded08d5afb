/** How SharePoint derives fixed names from the title given at creation. */

export const MAX_INTERNAL_NAME_LENGTH = 32;

function escapeChar(char: string): string {
  return `_x${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
}

/**
 * XML-name escaping as SharePoint applies it to field titles: every character outside
 * [A-Za-z0-9_] becomes `_xHHHH_` (space → `_x0020_`), as does a leading digit and an underscore
 * that would read as an escape.
 */
function escapeXmlName(text: string): string {
  let result = '';
  // Iterate UTF-16 code units: SharePoint escapes each half of a surrogate pair.
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (/[A-Za-z]/.test(char) || (/\d/.test(char) && i > 0)) result += char;
    else if (char === '_' && !/^x[0-9A-Fa-f]{4}_/.test(text.slice(i + 1))) result += char;
    else result += escapeChar(char);
  }
  return result;
}

/** The field's internal name: escaped, then cut at 32 characters (even inside an escape). */
export function internalNameFromTitle(title: string): string {
  return escapeXmlName(title).slice(0, MAX_INTERNAL_NAME_LENGTH);
}

/** Makes `name` unique among `taken` (case-insensitive) with a numeric suffix, as SharePoint does. */
export function uniqueName(name: string, taken: readonly string[], maxLength = Infinity): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 0; ; n++) {
    const suffix = String(n);
    const candidate = name.slice(0, maxLength - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The REST property name of a field: names starting with `_` get an `OData_` prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** The `Lists/<name>` URL segment: the title with everything but letters and digits removed. */
export function listUrlNameFromTitle(title: string): string {
  return title.replace(/[^A-Za-z0-9]/g, '');
}

export function listEntityTypeName(urlName: string): string {
  return `${escapeXmlName(urlName)}List`;
}

export function listItemEntityTypeFullName(urlName: string): string {
  return `SP.Data.${escapeXmlName(urlName)}ListItem`;
}
