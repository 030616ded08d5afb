import { describe, expect, it } from 'vitest';
import { CliArgumentError, parseLocalSharePointArgs } from './cli-args';

describe('local-sharepoint command line', () => {
  it('reads port, database, faults and the seed flag', () => {
    expect(
      parseLocalSharePointArgs([
        '--port',
        '4321',
        '--db',
        '.data/x.sqlite',
        '--latency',
        '50',
        '--throttle-rate',
        '0.1',
        '--seed',
      ]),
    ).toEqual({
      port: 4321,
      dbPath: '.data/x.sqlite',
      latencyMs: 50,
      throttleRate: 0.1,
      seed: true,
    });
  });

  it('has defaults', () => {
    expect(parseLocalSharePointArgs([])).toEqual({
      port: 4321,
      dbPath: '.data/mvoi.sqlite',
      seed: false,
    });
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /--port/],
    [['--latency', '-5'], /--latency/],
    [['--throttle-rate', '2'], /--throttle-rate/],
    [['--throttle-rate', ''], /--throttle-rate/],
    [['--bogus'], /bogus/],
    [['--port'], /port/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseLocalSharePointArgs(argv)).toThrow(CliArgumentError);
    expect(() => parseLocalSharePointArgs(argv)).toThrow(message);
  });
});
