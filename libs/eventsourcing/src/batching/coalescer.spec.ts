import { Coalescer } from './coalescer';

describe('Coalescer', () => {
  it('answers calls made together with one run, each with its own result, in order', async () => {
    const runs: number[][] = [];
    const doubled = new Coalescer(async (inputs: number[]) => {
      runs.push(inputs);
      return inputs.map((input) => input * 2);
    });
    const results = await Promise.all([1, 2, 3].map((input) => doubled.call(input)));
    expect(results).toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('sends the calls made while a run is in flight in the next run, not one by one', async () => {
    const runs: number[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const echo = new Coalescer(async (inputs: number[]) => {
      runs.push(inputs);
      if (runs.length === 1) await gate;
      return inputs;
    });
    const first = echo.call(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((input) => echo.call(input));
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('fails every call of a failed run and goes on with the next calls', async () => {
    let failNext = true;
    const flaky = new Coalescer(async (inputs: string[]) => {
      if (failNext) {
        failNext = false;
        throw new Error('connection reset');
      }
      return inputs.map((input) => input.toUpperCase());
    });
    const failed = await Promise.allSettled([flaky.call('a'), flaky.call('b')]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await flaky.call('c')).toBe('C');
  });

  it('splits a long queue into runs of at most maxBatch', async () => {
    const sizes: number[] = [];
    const capped = new Coalescer(async (inputs: number[]) => {
      sizes.push(inputs.length);
      return inputs;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((input) => capped.call(input)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
