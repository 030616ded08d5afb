/** Counts the HTTP requests (and response bytes) a piece of code makes through global fetch. */
export async function countRequests<T>(
  run: () => Promise<T>,
): Promise<{ result: T; requests: number; bytes: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  let bytes = 0;
  globalThis.fetch = async (input, init) => {
    requests += 1;
    const response = await original(input, init);
    bytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  };
  try {
    return { result: await run(), requests, bytes };
  } finally {
    globalThis.fetch = original;
  }
}
