/**
 * The processor time a piece of work takes, in milliseconds: this process's user and system time
 * (the test files run in processes of their own). On a shared machine, other load stretches the
 * wall-clock time of a run, but hardly the time the processor spends on it, so the tests that hold
 * the parser to linear time compare these.
 */
export async function cpuMilliseconds(work: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
