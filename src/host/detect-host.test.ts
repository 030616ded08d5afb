import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_WAIT_MS, detectHost, type HostWindow } from './detect-host';

function topLevel(search = ''): HostWindow {
  const win = { opener: null, location: { search } } as {
    -readonly [K in keyof HostWindow]: unknown;
  };
  win.parent = win;
  win.self = win;
  return win as HostWindow;
}

function framed(search = ''): HostWindow {
  return { parent: {}, self: {}, opener: null, location: { search } };
}

const never = () => new Promise<never>(() => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('detectHost', () => {
  it('decides standalone at once in a top-level window, without touching teams-js', async () => {
    const connect = vi.fn(never);
    await expect(detectHost(topLevel(), connect)).resolves.toEqual({ kind: 'standalone' });
    expect(connect).not.toHaveBeenCalled();
  });

  it('honours ?host=standalone even inside a frame', async () => {
    const connect = vi.fn(never);
    await expect(detectHost(framed('?host=standalone'), connect)).resolves.toEqual({
      kind: 'standalone',
    });
    expect(connect).not.toHaveBeenCalled();
  });

  it('connects when framed and the host answers', async () => {
    const connection = { locale: 'nl-nl' };
    await expect(detectHost(framed(), () => Promise.resolve(connection))).resolves.toEqual({
      kind: 'teams',
      connection,
    });
  });

  it('tries a host for a popup and for Teams mobile’s frameless window', async () => {
    const connect = vi.fn(() => Promise.resolve('ok'));
    await detectHost({ ...topLevel(), opener: {} }, connect);
    await detectHost({ ...topLevel(), nativeInterface: {} }, connect);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('falls back to standalone when initialization fails', async () => {
    const failing = () => Promise.reject(new Error('Initialization Failed.'));
    await expect(detectHost(framed(), failing)).resolves.toEqual({ kind: 'standalone' });
  });

  it('stops waiting for a frame that never answers after the bounded wait, not 60 s', async () => {
    vi.useFakeTimers();
    let result: unknown;
    void detectHost(framed(), never).then((detected) => (result = detected));

    await vi.advanceTimersByTimeAsync(HOST_WAIT_MS - 1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ kind: 'standalone' });
    expect(HOST_WAIT_MS).toBeLessThanOrEqual(5_000);
  });
});
